import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ClosedShadow } from './closed-shadow';
import { contentWorld } from './content-world';
import { readEvidence } from './evidence-db';
import type { Session } from './harness';

/** Helpers of tests/browser/capture.test.ts: thread replicas, the buttons in them, the stored items. */

export const fixture = (name: string) => readFileSync(resolve('tests/fixtures/sites', name), 'utf8');
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="#c33"/></svg>';
export const SERVER_DATE = 'Mon, 05 Jan 2026 08:00:00 GMT';
export const X_URL = 'https://x.com/wijkagent_sanne/status/1876543210987654321';
export const MASTODON_URL = 'https://mastodon.social/@wijkagent_sanne/113812345678901234';
export const X_POST = 'article[data-testid="tweet"]';
export const MASTODON_POST = '.status[data-id], .detailed-status';

/** Thread replicas under their real host names; avatars, emoji and media from the platforms' other origins. */
export async function serveReplicas(s: Session) {
  const page = (body: string) => ({ status: 200, contentType: 'text/html; charset=utf-8', body, headers: { date: SERVER_DATE } });
  await s.context.route(X_URL, (r) => r.fulfill(page(fixture('x-thread.html'))));
  await s.context.route(MASTODON_URL, (r) => r.fulfill(page(fixture('mastodon-thread.html'))));
  for (const host of ['https://pbs.twimg.com/**', 'https://files.mastodon.social/**']) {
    await s.context.route(host, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
  }
  await s.context.route('https://abs-0.twimg.com/**', (r) => r.fulfill({ status: 200, contentType: 'image/svg+xml', body: SVG }));
}

/** Waits until the service worker's webRequest listener is live (it registers asynchronously at start). */
export async function untilServerDatesObserved(s: Session) {
  await s.context.route('https://mastodon.social/about', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>ok</p>' }));
  const page = await s.context.newPage();
  for (let tries = 0; tries < 50; tries++) {
    await page.goto('https://mastodon.social/about');
    if (await s.worker.evaluate(async () => Object.keys(await (globalThis as any).chrome.storage.session.get(null)).length)) break;
    await page.waitForTimeout(200);
  }
  await page.close();
}

/** Polls `read` until `ok` holds (also usable from benchmarks, outside vitest). */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, failure: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens a replica and waits until the capture script follows the pointer (it adds nothing before the officer points at a post). */
export async function openThread(s: Session, url: string, _postSelector?: string) {
  const page = await s.context.newPage();
  const world = await contentWorld(page);
  await page.goto(url);
  await until(() => world.evaluate<string | undefined>('globalThis.__schildwachtCapture').catch(() => undefined), (v) => v === 'on', 'the capture script did not start');
  const ui = await ClosedShadow.attach(page);
  return { page, ui };
}

/**
 * Points at the n-th post and returns its capture button. Near its top left first (its own header,
 * not a reply nested in it); where a sticky bar covers that, further down.
 */
export async function buttonOf(page: Page, ui: ClosedShadow, postSelector: string, n: number): Promise<number> {
  const post = page.locator(postSelector).nth(n);
  const parent = `document.querySelectorAll(${JSON.stringify(postSelector)})[${n}]`;
  const find = async () => {
    const own = [];
    for (const id of await ui.find('button', 'Bewijs vastleggen')) if (await ui.hostParentIs(id, parent)) own.push(id);
    return own;
  };
  for (const y of [12, 48, 96]) {
    await post.hover({ position: { x: 12, y }, force: true });
    const found = await until(find, (b) => b.length === 1, '', 1000).catch(() => null);
    if (found) return found[0]!;
  }
  throw new Error(`no button on post ${n} of ${postSelector}`);
}

/** Points at the n-th post and clicks its button. */
export async function captureNth(page: Page, ui: ClosedShadow, postSelector: string, n: number) {
  await ui.click(await buttonOf(page, ui, postSelector, n));
}

/** The n-th post's size in device pixels. */
export async function postSize(page: Page, postSelector: string, n: number) {
  return page.evaluate(([sel, i]) => {
    const r = document.querySelectorAll(sel as string)[i as number]!.getBoundingClientRect();
    return { width: Math.round(r.width * devicePixelRatio), height: Math.round(r.height * devicePixelRatio) };
  }, [postSelector, n] as const);
}

/** The stored item with this permalink, its files, and the whole database. */
export async function itemFor(s: Session, permalink: string) {
  const dump = await readEvidence(s.worker);
  const item = dump.items.find((i) => i.metadata.permalink === permalink);
  return { dump, item, files: dump.files.filter((f) => f.itemId === item?.id) };
}

/**
 * What the capture script in the tab at `url` picks for a context-menu or shortcut capture (the
 * background's capturePrepare), then tells it the capture is over.
 */
export function askPrepare(s: Session, url: string, trigger: 'contextmenu' | 'pointer') {
  return s.worker.evaluate(async ([u, trig]) => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    const target = await chrome.tabs.sendMessage(tab.id, { type: 'capturePrepare', trigger: trig }, { frameId: 0 });
    await chrome.tabs.sendMessage(tab.id, { type: 'captureFinished', result: { ok: false, reason: 'failed', detail: 'test' } }, { frameId: 0 });
    return target as { post: { info: { author: { handle: string | null } } } | null };
  }, [url, trigger] as const);
}

/** Captures the n-th post of a page with its in-page button, waits for "Vastgelegd" and closes the page. */
export async function captureConfirmed(s: Session, url: string, postSelector: string, n: number): Promise<void> {
  const { page, ui } = await openThread(s, url);
  await captureNth(page, ui, postSelector, n);
  await until(() => ui.texts('status'), (texts) => texts.some((t) => t.includes('Vastgelegd')), `no capture confirmation on ${url}`, 20_000);
  await page.close();
}

/** Clicks an export button in the locker page and saves the ZIP it downloads to `path`. */
export async function downloadExport(page: Page, path: string, button = 'Exporteer voor aangifte') {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  await download.saveAs(path);
  return download;
}

/** The picture in the capture confirmation (an extension frame in the page): its label and the SHA-256 of what it shows. */
export async function confirmationPicture(page: Page): Promise<{ alt: string; sha256: string; width: number }> {
  const frame = await until(async () => page.frames().find((f) => f.url().includes('/capture-shown.html#')), (f) => !!f, 'no picture in the capture confirmation');
  return until(() => frame!.evaluate(async () => {
    const img = document.querySelector('img');
    if (!img) return null;
    await img.decode();
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return { alt: img.alt, sha256: [...digest].map((x) => x.toString(16).padStart(2, '0')).join(''), width: img.naturalWidth };
  }), (v) => v !== null, 'the capture confirmation shows no picture') as Promise<{ alt: string; sha256: string; width: number }>;
}
