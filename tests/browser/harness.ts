import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';

export const extensionDir = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser context made that no fixture route answered. */
  unexpected: string[];
  /** Every request the browser context made (pages and the extension's service worker). */
  requests: string[];
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts Debian's Chromium headless with the built extension loaded. Network
 * access is closed: fixture pages are served under real host names by `route`,
 * anything else is aborted and recorded in `unexpected`.
 */
export async function launch(userDataDir = mkdtempSync(join(tmpdir(), 'sw-profile-'))): Promise<Session> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // Chromium on Linux takes its UI language (and so the extension's i18n) from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=nl',
    ],
  });
  const unexpected: string[] = [];
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    unexpected.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, extensionId, worker, unexpected, requests, userDataDir,
    async close(opts = {}) {
      await context.close();
      if (!opts.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves an HTML fixture under a real URL (the routes added last win over the catch-all). */
export async function serve(context: BrowserContext, pattern: string, body: string | Buffer, contentType = 'text/html; charset=utf-8') {
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType, body, headers: { date: new Date().toUTCString() } }),
  );
}

/** Opens the popup page about `site` (as `popup.html?tab=<id>`; Playwright cannot see the toolbar popup). */
export async function openPopupFor(session: Session, site: import('playwright-core').Page) {
  await site.bringToFront();
  // Without the "tabs" permission tabs.query cannot filter by URL; the site is the active tab now.
  const tabId = await session.worker.evaluate(
    async () => ((await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true })) as { id: number }[])[0]?.id,
  );
  if (!tabId) throw new Error(`no tab for ${site.url()}`);
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl(session, `popup.html?tab=${tabId}`));
  return popup;
}

/** For benchmarks: true when the extension is built; otherwise says how to build it and sets a failing exit code. */
export function hasBuild(): boolean {
  if (existsSync(join(extensionDir, 'manifest.json'))) return true;
  console.log(`no build in ${extensionDir}: run \`npm run build\` (or set WXT_OUT_DIR) first`);
  process.exitCode = 1;
  return false;
}

export function extensionUrl(session: Session, path: string): string {
  return `chrome-extension://${session.extensionId}/${path}`;
}

/** This install's element name for Schildwacht's hosts in pages (random per install, made at start). */
export async function uiTagOf(session: Session): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const tag = await session.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('uiTag')) as { uiTag?: string }).uiTag);
    if (tag) return tag;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no uiTag in storage');
}
