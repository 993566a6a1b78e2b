import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, extensionUrl, launch, serve } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

const page = `<!doctype html><html lang="nl"><body><main><article><p>Hallo</p></article>
<form><textarea aria-label="Wat is er gebeurd?"></textarea><button>Posten</button></form></main></body></html>`;

describe('no network request of its own', () => {
  it('makes no request beyond the pages the user opened', async () => {
    await serve(session.context, 'https://x.com/**', page);
    const tab = await session.context.newPage();
    await tab.goto('https://x.com/home');
    await tab.getByRole('textbox').fill('Mijn adres is Lindelaan 14, bel 06-12345678');
    for (const path of ['popup.html', 'options.html']) {
      const p = await session.context.newPage();
      await p.goto(extensionUrl(session, path));
      await p.waitForLoadState('networkidle');
    }
    await tab.waitForTimeout(2_000);
    const outside = session.requests.filter((u) => !u.startsWith(`chrome-extension://${session.extensionId}/`));
    expect(outside).toEqual(['https://x.com/home']);
    expect(session.unexpected).toEqual([]);
  });
});
