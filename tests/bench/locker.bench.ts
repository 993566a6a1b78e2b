/**
 * Evidence locker with thousands of items (issue 4): in real Chromium with the built extension,
 * 5,000 items (with thumbnails) in IndexedDB; time from opening evidence.html to the first page of
 * rows, to filtered rows after typing a search, and to the next page. Median of 5 rounds.
 *
 * Uses the build in $WXT_OUT_DIR/chrome-mv3 (default .output/chrome-mv3): run `npm run build` first.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { extensionUrl, hasBuild, launch } from '../browser/harness';

export const name = 'locker';

const ITEMS = 5_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Writes `n` items like captures leave them (metadata, search text, a thumbnail file), straight into IndexedDB. */
function seed(page: Page, n: number) {
  return page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('schildwacht');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const canvas = new OffscreenCanvas(120, 80);
    canvas.getContext('2d')!.fillRect(0, 0, 60, 40);
    const thumb = await canvas.convertToBlob({ type: 'image/jpeg' });
    const tx = db.transaction(['items', 'files'], 'readwrite');
    const words = ['bedreiging', 'adres', 'Lindelaan', 'agent', 'school', 'auto', 'kenteken', 'vanavond', 'weten', 'jou'];
    for (let i = 0; i < count; i++) {
      const id = crypto.randomUUID();
      const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
      const text = `${words[i % 10]} ${words[(i * 7) % 10]} post nummer ${i}`;
      const metadata = {
        id, url: `https://x.com/u${i % 97}/status/${i}`, permalink: `https://x.com/u${i % 97}/status/${i}`, platform: i % 3 ? 'x' : 'mastodon',
        pageTitle: 'Post', author: { name: `Gebruiker ${i % 97}`, handle: `@u${i % 97}`, profileUrl: null, accountId: null }, postId: String(i),
        postedAt: { shown: null, parsed: null }, text, capturedAt: at, timeZone: 'Europe/Amsterdam', localTime: at, serverDate: null,
        viewport: { width: 1280, height: 900 }, devicePixelRatio: 1, userAgent: 'UA', browserVersion: 'Chromium', extensionVersion: '0.1.0',
        wholePage: false, files: {},
      };
      tx.objectStore('items').put({ id, capturedAt: at, platform: metadata.platform, caseId: null, search: `${metadata.author.name}\n${text}`.toLowerCase(), metadata });
      tx.objectStore('files').put({ itemId: id, name: 'thumbnail.jpg', type: 'image/jpeg', size: thumb.size, sha256: '0'.repeat(64), blob: thumb });
    }
    await new Promise<void>((ok, no) => { tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error); });
    db.close();
  }, n);
}

export async function run(): Promise<void> {
  if (!hasBuild()) return;
  const session = await launch();
  try {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await page.getByText(/Nog niets vastgelegd/).waitFor();
    await seed(page, ITEMS);
    const shell: number[] = [];
    const open: number[] = [];
    const search: number[] = [];
    const more: number[] = [];
    for (let round = 0; round < 5; round++) {
      await page.goto(extensionUrl(session, 'evidence.html'));
      await page.waitForFunction(() => document.querySelector('h1') !== null);
      shell.push(await page.evaluate(() => performance.now()));
      await page.waitForFunction(() => document.querySelectorAll('li.item img.thumb').length >= 50);
      open.push(await page.evaluate(() => performance.now()));
      let t0 = Date.now();
      await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('lindelaan school');
      await page.waitForFunction(() => [...document.querySelectorAll('li.item')].every((li) => /lindelaan/i.test(li.textContent ?? '')) && document.querySelectorAll('li.item').length > 0);
      search.push(Date.now() - t0);
      await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('');
      await page.waitForFunction(() => document.querySelectorAll('li.item').length === 50);
      t0 = Date.now();
      await page.getByRole('button', { name: 'Meer laden' }).click();
      await page.waitForFunction(() => document.querySelectorAll('li.item').length >= 100);
      more.push(Date.now() - t0);
    }
    console.log(`locker with ${ITEMS} items: open → page shell ${Math.round(median(shell))} ms, → first 50 rows with thumbnails ${Math.round(median(open))} ms, ` +
      `search → filtered rows ${median(search)} ms, next page ${median(more)} ms (medians of 5)`);
    console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
  } finally {
    await session.close();
  }
}
