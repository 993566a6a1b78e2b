/**
 * `npm start`: opens Debian's Chromium with the built extension on its built-in demo pages —
 * the trainer demo (an extension page) and X's composer built with the real Draft.js editor
 * (tests/fixtures/engines/x-draft.ts), served offline under https://x.com/ so the composer guard
 * runs as on the real site.
 * With a display it stays open until you close the browser; without one (a server, CI) it
 * runs the guard once — types a post with a phone number and an address, presses "Posten",
 * chooses "Gegevens weglaten" and posts again — prints what the guard did and what the page
 * posted, and saves a screenshot of the held post to schildwacht-demo.png.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { axClick, axFind } from '../browser/guard-ax';
import { contentWorld, untilGuardOn } from '../browser/content-world';
import { bundleEngine } from '../browser/engine-pages';

const extensionDir = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No build in ${extensionDir}: run "npm run build" first.`);
  process.exit(1);
}
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const profileDir = mkdtempSync(join(tmpdir(), 'schildwacht-start-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? 'nl' },
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox',
    '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Offline: the demo composer is served under its real host name; nothing else leaves the machine.
const xDraft = await bundleEngine('x-draft');
const xPage = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Home / X</title></head><body><script src="/__engine.js"></script></body></html>';
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  if (url === 'https://x.com/__engine.js') return route.fulfill({ contentType: 'text/javascript', body: xDraft });
  if (url.startsWith('https://x.com/')) return route.fulfill({ contentType: 'text/html', body: xPage });
  return route.abort('blockedbyclient');
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const demo = await context.newPage();
await demo.goto(`chrome-extension://${extensionId}/demo.html`);
const x = await context.newPage();
const world = await contentWorld(x);
await x.goto('https://x.com/home');
await untilGuardOn(world);

if (headless) {
  await x.click('[data-testid="tweetTextarea_0"]');
  await x.keyboard.type('Bel me gerust op 06-12345678, ik woon op de Lindelaan 14 in 3512 AB.');
  await x.click('[data-testid="tweetButtonInline"]');
  await x.waitForTimeout(500);
  const held = await axFind(x, 'alertdialog');
  const sent = () => x.evaluate(() => (window as unknown as { __sent: { text: string }[] }).__sent.map((s) => s.text));
  console.log(held ? `Schildwacht hield het bericht tegen: "${held.name}"\n${held.text}` : 'Geen waarschuwing getoond.');
  console.log(`Verzonden berichten: ${(await sent()).length}`);
  await x.screenshot({ path: 'schildwacht-demo.png' });
  console.log('Schermafdruk: schildwacht-demo.png');
  if (held) {
    await axClick(x, 'Gegevens weglaten');
    await x.waitForTimeout(500);
    await x.click('[data-testid="tweetButtonInline"]');
    await x.waitForTimeout(300);
    console.log(`Na "Gegevens weglaten" verstuurde de pagina (uit het model van Draft.js): ${JSON.stringify(await sent())}`);
  }
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
} else {
  console.log('Chromium is open with Schildwacht: the trainer demo and the X demo composer. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
  rmSync(profileDir, { recursive: true, force: true });
}
