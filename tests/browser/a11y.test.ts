import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type Session, extensionUrl, launch } from './harness';

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
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
