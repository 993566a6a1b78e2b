import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox ESR (Debian's firefox-esr with its Dutch language pack) driven over WebDriver BiDi by
 * puppeteer-core, with the built Firefox extension installed. Pages are served under their real
 * host names by request interception; whatever else a page asks for is aborted and recorded. What
 * no page's interception sees (the background page, Firefox itself) goes to a recording proxy that
 * answers nothing, so no request leaves the machine and every one is counted.
 */
export const GECKO_ID = 'schildwacht@schildwacht.nl';
/** Fixed, so tests (and an organisation's policy) can name the extension's pages. */
export const FIREFOX_UUID = '6c1f4a52-2f6e-4a8a-9d3e-7d2b8c0e5a11';
export const firefoxBuild = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type Body = { body: string | Buffer; contentType: string; headers: Record<string, string> };

export interface FirefoxSession {
  browser: Browser;
  /** Requests a page made that no fixture answered (aborted). */
  unexpected: string[];
  /** Requests that reached the proxy: made outside any test page (the extension's background, Firefox). */
  proxied: string[];
  /** Every request test pages made. */
  requests: string[];
  /** Where downloads (exported bundles) land, without a dialog. */
  downloads: string;
  /** Answers requests for URLs starting with `prefix` (the longest prefix wins). */
  serve(prefix: string, body: string | Buffer, opts?: { contentType?: string; headers?: Record<string, string> }): void;
  newPage(): Promise<Page>;
  /**
   * An extension page kept open from the start, to read and write the extension's storage without
   * opening a tab (a new tab would become the visible one, and a capture takes only the visible tab).
   */
  extension: Page;
  /** An extension page (moz-extension://…/path), loaded through BiDi (page.goto does not report it). */
  extensionPage(path: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export const extensionBase = `moz-extension://${FIREFOX_UUID}/`;

async function recordingProxy(proxied: string[]) {
  const server = createServer((req, res) => {
    proxied.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((done) => server.close(() => done())) };
}

function prefs(proxyPort: number, downloads: string) {
  return {
    'browser.download.dir': downloads, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'intl.locale.requested': 'nl',
    // The extension is installed anew at each start: keep its data, as a browser restart does.
    'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
  };
}

/** `profileDir`: a Firefox profile to start with again (a restart); by default a fresh one. */
export async function launchFirefox(profileDir?: string): Promise<FirefoxSession> {
  const proxied: string[] = [];
  const proxy = await recordingProxy(proxied);
  const downloads = mkdtempSync(join(tmpdir(), 'sw-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'], userDataDir: profileDir,
    extraPrefsFirefox: prefs(proxy.port, downloads),
    env: { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' },
  });
  await browser.installExtension(firefoxBuild);
  const routes = new Map<string, Body>();
  const unexpected: string[] = [];
  const requests: string[] = [];
  const session: FirefoxSession = {
    extension: undefined as unknown as Page,
    browser, unexpected, proxied, requests, downloads,
    serve(prefix, body, opts = {}) {
      routes.set(prefix, { body, contentType: opts.contentType ?? 'text/html; charset=utf-8', headers: opts.headers ?? {} });
    },
    async newPage() {
      const page = await browser.newPage();
      await page.bringToFront(); // the capture takes the tab the officer sees
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('blob:')) return void req.continue();
        requests.push(url);
        const route = [...routes.entries()].filter(([p]) => url.startsWith(p)).sort((a, b) => b[0].length - a[0].length)[0];
        if (route) return void req.respond({ status: 200, contentType: route[1].contentType, headers: route[1].headers, body: route[1].body });
        unexpected.push(url);
        return void req.abort('blockedbyclient');
      });
      return page;
    },
    async extensionPage(path, page) {
      const target = page ?? (await session.newPage());
      await (target.mainFrame() as unknown as BidiFrame).browsingContext.navigate(`${extensionBase}${path}`, 'complete');
      return target;
    },
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  session.extension = await session.extensionPage('options.html');
  return session;
}

/** puppeteer-core's BiDi frame exposes the browsing context it drives. */
interface BidiFrame { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } }

export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, failure: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last = '';
  for (;;) {
    const value = await read().catch((err: unknown) => { last = String(err); return undefined as T; });
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > end) throw new Error(last ? `${failure} (${last})` : failure);
    await new Promise((r) => setTimeout(r, 100));
  }
}
