import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, extensionUrl, launch } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

describe('accessibility of the extension pages (axe-core)', () => {
  it.each(['options.html', 'popup.html', 'evidence.html', 'verify.html', 'demo.html', 'selfsearch.html'])('%s has no violations', async (path) => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, path));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    // The pages' CSP refuses an injected script tag; evaluating the source is not subject to it.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations);
    expect(violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
    await page.close();
  });
});
