import type { Page } from 'playwright-core';

/**
 * Runs an expression in the extension's content-script world of a page (its isolated world), as a
 * compromised renderer or a test could: open a CDP session BEFORE the page loads, then load it.
 */
export async function contentWorld(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: any) => worlds.push({ id: e.context.id, origin: e.context.origin, name: e.context.name }));
  await cdp.send('Runtime.enable');
  return {
    /** Evaluates in the most recent extension world of the page; rejects with the page's exception text. */
    async evaluate<T>(expression: string): Promise<T> {
      const world = worlds.findLast((w) => w.origin.startsWith('chrome-extension://') || w.name.includes('Schildwacht'));
      if (!world) throw new Error('no extension world in the page');
      const res = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as any;
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
      return res.result.value as T;
    },
  };
}

export type ContentWorld = Awaited<ReturnType<typeof contentWorld>>;

/** The composer guard's state in the page (entrypoints/guard.content/start.ts): 'starting', 'on', or null where it is not. */
export async function guardState(world: ContentWorld): Promise<string | null> {
  try {
    return (await world.evaluate<string | false | undefined>('globalThis.__schildwachtGuard')) || null;
  } catch {
    return null;
  }
}

/** Waits until the guard listens in the page (it leaves no trace in the page itself until the officer acts). */
export async function untilGuardOn(world: ContentWorld): Promise<void> {
  let state: string | null = null;
  for (let i = 0; i < 200; i++) {
    if ((state = await guardState(world)) === 'on') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the guard did not start in the page (its state: ${state ?? 'no guard script'})`);
}
