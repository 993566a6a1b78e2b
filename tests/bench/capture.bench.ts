/**
 * Capture latency (issue 4): from the officer's click on "Bewijs vastleggen" to the item being
 * safely stored (its row committed in IndexedDB), in real Chromium with the built extension, on
 * the X thread replica. Median and p95 over 20 captures; target median ≤ 500 ms.
 *
 * Uses the build in $WXT_OUT_DIR/chrome-mv3 (default .output/chrome-mv3): run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { hasBuild, launch } from '../browser/harness';

export const name = 'capture';

const RUNS = 20;
const URL = 'https://x.com/wijkagent_sanne/status/1876543210987654321';
const POST = 'article[data-testid="tweet"]';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!;

/**
 * Resolves with Date.now() at the moment the database holds `count` items (checked every 3 ms).
 * Never creates the database and never holds it open, so it cannot block Dexie opening or upgrading it.
 */
function storedAt(worker: Worker, count: number): Promise<number> {
  // No named inner functions: tsx would wrap them in a helper the worker does not have.
  return worker.evaluate(async (n) => {
    for (let i = 0; i < 10_000; i++) {
      let items = 0;
      if ((await indexedDB.databases()).some((d) => d.name === 'schildwacht')) {
        const db = await new Promise<IDBDatabase>((ok, no) => {
          const r = indexedDB.open('schildwacht');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(r.error);
        });
        if (db.objectStoreNames.contains('items')) {
          items = await new Promise<number>((ok) => {
            const r = db.transaction('items').objectStore('items').count();
            r.onsuccess = () => ok(r.result);
            r.onerror = () => ok(-1);
          });
        }
        db.close();
      }
      if (items >= n) return Date.now();
      await new Promise((r) => setTimeout(r, 3));
    }
    throw new Error('the capture was not stored within 30 s');
  }, count);
}

export async function run(): Promise<void> {
  if (!hasBuild()) return;
  const session = await launch();
  try {
    const html = readFileSync(resolve('tests/fixtures/sites/x-thread.html'), 'utf8');
    await session.context.route(URL, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers: { date: new Date().toUTCString() } }));
    await session.context.route(/https:\/\/(pbs|abs-0)\.twimg\.com\/.*/, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
    const { openThread, buttonOf } = await import('../browser/capture-helpers');
    const { page, ui } = await openThread(session, URL);
    const posts = await page.locator(POST).count();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const button = await buttonOf(page, ui, POST, i % posts);
      const stored = storedAt(session.worker, i + 1);
      await page.waitForTimeout(30); // let the poller start
      const t0 = Date.now();
      await ui.click(button);
      times.push((await stored) - t0);
      await page.waitForTimeout(600); // Chrome allows two viewport captures a second
    }
    console.log(`capture → stored, ${RUNS} captures of X posts (${session.worker.url().split('/')[2]}):`);
    console.log(`  median ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms (target median ≤ 500 ms)`);
    console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
  } finally {
    await session.close();
  }
}
