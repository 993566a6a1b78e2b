/**
 * Evidence locker with thousands of items (issues 4 and 15): in real Chromium with the built extension,
 * 5,000 and then 50,000 items (with thumbnails) in IndexedDB; time from opening evidence.html to the
 * page shell, to the first 50 rows with thumbnails, to filtered rows after typing a search, and to the
 * next page. Median of 9 rounds per size.
 *
 * Uses the build in $WXT_OUT_DIR/chrome-mv3 (default .output/chrome-mv3): run `npm run build` first.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { extensionUrl, hasBuild, launch } from '../browser/harness';
import { seedLocker as seed } from '../browser/locker-seed';

export const name = 'locker';

const SIZES = [5_000, 50_000];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Marks, per page load, the first frame with the page shell (h1), the first with 50 rows, and the
 * first whose 50 thumbnails have loaded, as the page's own clock sees them (no round trips to the test driver).
 */
const MARK_FRAMES = `(() => {
  const marks = {}; window.__lockerMarks = marks;
  const rows = () => [...document.querySelectorAll('li.item img.thumb')];
  const tick = () => {
    if (!marks.shell && document.querySelector('h1')) marks.shell = performance.now();
    if (!marks.list && rows().length >= 50) marks.list = performance.now();
    if (!marks.rows && rows().length >= 50 && rows().every((img) => img.complete && img.naturalWidth > 0)) marks.rows = performance.now();
    if (!marks.rows) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Types `query` into the search field (or clicks "Meer laden" when null) and returns the ms until a frame shows `done`. */
function timed(page: Page, query: string | null, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    const done = () => ${done};
    const tick = () => (done() ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
    if (${JSON.stringify(query)} === null) [...document.querySelectorAll('button')].find((b) => b.textContent === 'Meer laden').click();
    else {
      const input = document.querySelector('input[type=search]');
      input.value = ${JSON.stringify(query)};
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    requestAnimationFrame(tick);
  })`);
}

const rowsAll = (re: string) => `document.querySelectorAll('li.item').length > 0 && [...document.querySelectorAll('li.item')].every((li) => ${re}.test(li.textContent))`;

/**
 * The page's marks once its thumbnails have loaded. The driver only looks now and then: Playwright's
 * waitForFunction would inject and run its polling script in the page while it loads.
 */
async function marksWhenDone(page: Page): Promise<{ shell: number; list: number; rows: number }> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    await new Promise((ok) => setTimeout(ok, waited ? 250 : 1_000));
    const marks = await page.evaluate('window.__lockerMarks') as { shell: number; list: number; rows?: number } | undefined;
    if (marks?.rows !== undefined) return marks as { shell: number; list: number; rows: number };
  }
  throw new Error('the locker did not show 50 rows with thumbnails within a minute');
}

/** Median figures of 9 rounds of opening the locker, two searches, clearing and loading the next page. */
async function measure(page: Page, url: string) {
  const runs: Record<'shell' | 'list' | 'open' | 'search' | 'rare' | 'more', number[]> = { shell: [], list: [], open: [], search: [], rare: [], more: [] };
  for (let round = 0; round < 9; round++) {
    await page.goto(url, { waitUntil: 'commit' });
    const marks = await marksWhenDone(page);
    runs.shell.push(marks.shell);
    runs.list.push(marks.list);
    runs.open.push(marks.rows);
    runs.search.push(await timed(page, 'lindelaan school', rowsAll('/lindelaan/i')));
    runs.rare.push(await timed(page, 'nummer 4242', rowsAll('/4242/')));
    await timed(page, '', "document.querySelectorAll('li.item').length === 50");
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Meer laden'));
    runs.more.push(await timed(page, null, "document.querySelectorAll('li.item img.thumb').length >= 100"));
  }
  const m = (k: keyof typeof runs) => Math.round(median(runs[k]));
  return { shell: m('shell'), list: m('list'), open: m('open'), search: m('search'), rare: m('rare'), more: m('more') };
}

export async function run(): Promise<void> {
  if (!hasBuild()) return;
  const session = await launch();
  await session.context.addInitScript(MARK_FRAMES);
  try {
    const page = await session.context.newPage();
    const url = extensionUrl(session, 'evidence.html');
    await page.goto(url);
    await page.getByText(/Nog niets vastgelegd/).waitFor();
    let seeded = 0;
    for (const size of SIZES) {
      await seed(page, seeded, size);
      seeded = size;
      const m = await measure(page, url);
      console.log(`locker with ${size} items: open → page shell ${m.shell} ms, → 50 rows ${m.list} ms, → with their thumbnails ${m.open} ms, ` +
        `search → filtered rows ${m.search} ms (one item in ten matches), ${m.rare} ms (a few match), next page ${m.more} ms (medians of 9)`);
    }
    console.log(`  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
  } finally {
    await session.close();
  }
}
