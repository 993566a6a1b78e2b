import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG, SERVER_DATE, SVG, X_POST, X_URL, fixture } from '../capture-helpers';
import { bundleEngine, engineShell } from '../engine-pages';
import { type FirefoxSession, extensionBase, launchFirefox, until } from './harness';
import { clickCaptureButton, clickInFrame, evidence, extensionFrame, setProfile } from './helpers';

/** The core flows in Firefox ESR (Dutch UI), where Firefox differs asserting the Firefox behaviour. */
let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
  // The composer on the real Draft.js engine: the guard's fix must reach the editor's model.
  s.serve('https://x.com/', engineShell('x-draft'));
  s.serve('https://x.com/__engine.js', await bundleEngine('x-draft'), { contentType: 'text/javascript; charset=utf-8' });
  s.serve(X_URL, fixture('x-thread.html'), { headers: { date: SERVER_DATE } });
  s.serve('https://pbs.twimg.com/', PNG, { contentType: 'image/png' });
  s.serve('https://abs-0.twimg.com/', SVG, { contentType: 'image/svg+xml' });
}, 60_000);
afterAll(async () => {
  await s?.close();
});

const sent = (page: import('puppeteer-core').Page) => page.evaluate(() => (window as any).__sent as { text: string; via: string }[]);

describe('Firefox: profile', () => {
  it('saves the profile on the Dutch options page into the extension database, not storage.local', async () => {
    const page = await s.extensionPage('options.html');
    await (await page.waitForSelector('::-p-aria(Kinderen)'))!.type('Mila\nDaantje');
    await (await page.waitForSelector('::-p-aria(Woonstraat)'))!.type('Lindelaan');
    await (await page.waitForSelector('::-p-aria([name="Opslaan"][role="button"])'))!.click();
    await until(() => page.$eval('[role=status]', (e) => e.textContent), (t) => t === 'Opgeslagen', 'not saved');
    const local = await page.evaluate(async () => JSON.stringify(await (globalThis as any).browser.storage.local.get(null)));
    expect(local).not.toMatch(/Mila|Lindelaan/);
    await page.close();
    const again = await s.extensionPage('options.html');
    const children = await (await again.waitForSelector('::-p-aria(Kinderen)'))!.evaluate((e) => (e as HTMLTextAreaElement).value);
    expect(children).toBe('Mila\nDaantje');
    await again.close();
  });
});

describe('Firefox: composer guard', () => {
  async function held(text: string) {
    const page = await s.newPage();
    await page.goto('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(text);
    await page.click('[data-testid="tweetButtonInline"]');
    const frame = await extensionFrame(page, 'guard-dialog.html');
    await until(() => frame!.evaluate(() => document.body.innerText), (t) => t.includes('06-12345678'), 'no held post');
    return { page, dialog: await frame!.evaluate(() => document.body.innerText) };
  }

  it('holds a post with a phone number and a profile term, and Toch plaatsen sends it unchanged, once', async () => {
    await setProfile(s, { children: ['Mila'], homeStreet: ['Lindelaan'] });
    const { page, dialog } = await held('Bel me op 06-12345678, ik woon op Lindelaan 14');
    expect(dialog).toContain('Lindelaan');
    expect(await sent(page)).toEqual([]);
    await clickInFrame(page, 'guard-dialog.html', 'Toch plaatsen');
    await until(() => sent(page), (v) => v.length === 1, 'not sent');
    expect((await sent(page)).map((p) => p.text)).toEqual(['Bel me op 06-12345678, ik woon op Lindelaan 14']);
    await page.close();
  });

  it('Gegevens weglaten masks the findings in the composer; the post then goes out masked', async () => {
    const { page } = await held('Bel Mila op 06-12345678');
    await clickInFrame(page, 'guard-dialog.html', 'Gegevens weglaten');
    // The fix edits last-first: done when neither finding is left and the dialog has gone.
    await until(() => page.$eval('[data-testid="tweetTextarea_0"]', (e) => e.textContent ?? ''), (t) => !/06-12345678|Mila/.test(t), 'not masked');
    await until(async () => (await Promise.all(page.frames().map((f) => f.evaluate(() => location.pathname).catch(() => '')))).includes('/guard-dialog.html'), (open) => !open, 'dialog still open');
    await page.click('[data-testid="tweetButtonInline"]');
    await until(() => sent(page), (v) => v.length === 1, 'masked post not sent');
    const [post] = await sent(page);
    expect(post!.text).not.toMatch(/06-12345678|Mila/);
    expect(post!.text).toContain('•••');
    await page.close();
  });
});

describe('Firefox: evidence capture, export and verify', () => {
  it('captures the right post with the in-page button: post.png, metadata, and the DOM serialised as page.html (no pageCapture)', async () => {
    const page = await s.newPage();
    await page.goto(X_URL);
    await clickCaptureButton(page, X_POST, 1);
    const dump = await until(() => evidence(s), (d) => d.items.length === 1, 'nothing captured');
    const item = dump.items[0];
    expect(item.metadata).toMatchObject({ url: X_URL, platform: 'x', postId: '1876549999000011111', author: { handle: '@b0ze_burger92' } });
    expect(item.metadata.text).toContain('We weten waar je woont Sanne.');
    // Responses made by BiDi interception never reach webRequest.onHeadersReceived in Firefox (only
    // onBeforeRequest fires), so no server Date is observed here; the server clock is tested in Chromium.
    expect(item.metadata.serverDate).toBeNull();
    const names = dump.files.map((f) => f.name).sort();
    expect(names).toContain('post.png');
    expect(names).toContain('page.html');
    expect(names).not.toContain('page.mhtml');
    for (const f of dump.files) expect(f.actualSha256).toBe(f.sha256);
    const post = dump.files.find((f) => f.name === 'post.png')!;
    expect(post.png!.width).toBeGreaterThan(200);
    // The confirmation shows the stored post.png (an extension frame in the page, bytes from storage.session).
    const frame = await extensionFrame(page, 'capture-shown.html');
    const shown = await until(() => frame!.evaluate(async () => {
      const img = document.querySelector('img');
      if (!img) return null;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await (await fetch(img.src)).arrayBuffer()));
      return [...digest].map((x) => x.toString(16).padStart(2, '0')).join('');
    }), (v) => typeof v === 'string', 'no picture in the confirmation');
    expect(shown).toBe(post.sha256);
    await page.close();
  });

  it('exports the bundle from the locker; unzip, sha256sum -c and the extension verify page accept it', async () => {
    const locker = await s.extensionPage('evidence.html');
    await (await locker.waitForSelector('::-p-aria([name="Exporteer voor aangifte"][role="button"])'))!.click();
    const zip = await until(async () => readdirSync(s.downloads).find((f) => f.endsWith('.zip')), (f) => !!f, 'no bundle downloaded', 30_000);
    const path = join(s.downloads, zip!);
    await until(async () => { execFileSync('unzip', ['-tq', path]); return true; }, (ok) => ok, 'bundle incomplete', 10_000);
    const dir = join(s.downloads, 'unpacked');
    execFileSync('unzip', ['-q', path, '-d', dir]);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.items).toHaveLength(1);
    const verify = await s.extensionPage('verify.html', locker);
    const input = await verify.waitForSelector('[data-testid="verify-files"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
    const verdict = await until(() => verify.$eval('[data-verdict]', (e) => e.getAttribute('data-verdict')), (v) => v !== null, 'no verdict', 30_000);
    expect(verdict).toBe('ok');
    await verify.close();
  });
});

describe('Firefox: findability training', () => {
  it('scans the demo persona\'s pages in trainer mode; the report shows the chain from name to front door', async () => {
    const options = s.extension;
    await s.extensionPage('options.html', options);
    await (await options.waitForSelector('.trainer-mode input[role="switch"]'))!.click();
    await until(() => options.$('[data-testid="profile-hidden"]'), (el) => !!el, 'trainer mode not on');
    const index = await s.extensionPage('demo.html');
    for (const name of ['social', 'club', 'register']) {
      const item = `li[data-page="demo/${name}.html"]`;
      await (await index.waitForSelector(`${item} button`))!.click();
      const result = await until(() => index.$eval(`${item} [data-testid="demo-result"]`, (e) => e.textContent ?? ''), (t) => /Gescand|kan niet/.test(t), `no scan of ${name}`, 20_000);
      expect(result).toMatch(/Gescand: \d+ vondsten, [1-9]\d* persoonlijke/);
      await index.bringToFront();
    }
    const report = await s.extensionPage('report.html', index);
    const chain = await until(() => report.$$eval('[data-testid="chain"] li .piece', (els) => els.map((e) => e.textContent)), (c) => c.length > 2, 'no chain');
    expect(chain[0]).toBe('Lotte Demodijk');
    expect(chain.at(-1)).toBe('Oefenlaan 7');
    await report.close();
  });
});

describe('Firefox: no network request of its own', () => {
  it('after all the flows above: no request left any test page unanswered, and none went out from the extension', async () => {
    expect(s.unexpected).toEqual([]);
    // Firefox's own remote settings service calls home; the extension makes no request at all.
    const own = s.proxied.filter((r) => !/(^|\s)[\w.-]*\.mozilla\.(com|net|org)(:\d+)?(\/|$)/.test(r));
    expect(own).toEqual([]);
    expect(s.requests.every((u) => u.startsWith('https://x.com/') || u.startsWith('https://pbs.twimg.com/') || u.startsWith('https://abs-0.twimg.com/'))).toBe(true);
  });
});
