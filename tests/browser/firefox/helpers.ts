import type { Page } from 'puppeteer-core';
import { type EvidenceDump, readEvidence } from '../evidence-db';
import { type FirefoxSession, until } from './harness';

/** Helpers of the Firefox tests: the profile, the guard's dialog, the capture button, the stored evidence. */

/** Gives the officer a profile as an earlier version left it; the background moves it into its database. */
export async function setProfile(s: FirefoxSession, terms: Record<string, string[]>, personnelNumber = ''): Promise<void> {
  const page = s.extension;
  const groups = ['ownNames', 'partner', 'children', 'family', 'homeStreet', 'homeTown', 'school', 'sportsClub', 'carPlate', 'other'];
  const profile = { terms: Object.fromEntries(groups.map((g) => [g, terms[g] ?? []])), personnelNumber };
  await page.evaluate((p) => (globalThis as any).browser.storage.local.set({ profile: p }), profile);
  await until(() => page.evaluate(async () => (await (globalThis as any).browser.storage.local.get('profile')).profile === undefined), (moved) => moved, 'profile not moved');
}

/** The evidence database, read from an extension page. */
export function evidence(s: FirefoxSession): Promise<EvidenceDump> {
  return readEvidence(s.extension as unknown as { evaluate(fn: () => Promise<EvidenceDump>): Promise<EvidenceDump> });
}

/**
 * The frame of an extension page shown inside `page` (the guard's dialog, the capture confirmation's
 * picture). Puppeteer keeps reporting such a frame as about:blank, so ask each frame where it is.
 */
export function extensionFrame(page: Page, path: string) {
  const find = async () => {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${path}`) return frame;
    }
    return undefined;
  };
  return until(find, (f) => !!f, `no ${path} frame`);
}

/** Clicks a button in an extension frame by its accessible name, with a trusted click. */
export async function clickInFrame(page: Page, path: string, name: string): Promise<void> {
  const frame = await extensionFrame(page, path);
  const button = await frame!.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, { timeout: 5000 });
  await button!.click();
}

/**
 * Hovers the n-th post and clicks its "Bewijs vastleggen" button with the real mouse. The button
 * lives in a closed shadow root; like any page, the test finds where it is by geometry: the point in
 * the post's top band where elementFromPoint answers with Schildwacht's host.
 */
export async function clickCaptureButton(page: Page, postSelector: string, n: number): Promise<void> {
  const post = (await page.$$(postSelector))[n]!;
  const box = (await post.boundingBox())!;
  await page.mouse.move(box.x + 12, box.y + 12);
  const point = await until(() => page.evaluate((sel, i) => {
    const p = document.querySelectorAll(sel)[i]!;
    const host = [...p.children].find((c) => c.tagName.includes('-') && c.shadowRoot === null && c.getAttribute('style')?.includes('width: 0'));
    if (!host) return null;
    const r = p.getBoundingClientRect();
    for (let x = r.right - 4; x > r.left; x -= 4) {
      for (let y = r.top + 4; y < r.top + 48; y += 4) if (document.elementFromPoint(x, y) === host) return { x: x - 20, y: y + 6 };
    }
    return null;
  }, postSelector, n), (v) => v !== null, `no capture button on post ${n}`);
  await page.mouse.click(point!.x, point!.y);
}
