import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_POST, X_URL, captureConfirmed, captureNth, downloadExport, itemFor, openThread, postSize, serveReplicas } from './capture-helpers';
import { type Session, extensionUrl, launch } from './harness';

// Firefox for Android has no tabs.captureVisibleTab: the capture falls back to html2canvas in the page.
const X_PERMALINK = 'https://x.com/b0ze_burger92/status/1876549999000011111';
const LABEL = /nagebouwd met html2canvas/i;

let session: Session;
let work: string;

/** Pixels of a stored PNG: how many are not (near) white, how many distinct colours, and how many of each of `probe` (0xRRGGBB). */
function pixelStats(worker: Worker, itemId: string, name: string, probe: number[] = []) {
  return worker.evaluate(async ([id, file, wanted]) => {
    const db = await new Promise<IDBDatabase>((ok) => { const r = indexedDB.open('schildwacht'); r.onsuccess = () => ok(r.result); });
    const all = await new Promise<any[]>((ok) => { const r = db.transaction('files').objectStore('files').getAll(); r.onsuccess = () => ok(r.result); });
    db.close();
    const image = await createImageBitmap(all.find((f) => f.itemId === id && f.name === file).blob);
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const px = ctx.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4) {
      if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) dark++;
      colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    }
    const counts = wanted.map((c) => { let n = 0; for (let i = 0; i < px.length; i += 4) if (((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!) === c) n++; return n; });
    return { dark, colours: colours.size, counts };
  }, [itemId, name, probe] as const);
}

/** The verifier's verdict and its line about a reconstruction. */
async function verdictAndLabel(page: Page) {
  await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict'), { timeout: 30_000 }).toBe('ok');
  return page.locator('[data-pixels-from="html2canvas"]').allTextContents();
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sw-render-'));
  session = await launch();
  await serveReplicas(session);
  // As on Firefox for Android: the browser gives no pixels.
  const gone = await session.worker.evaluate(() => {
    const tabs = (globalThis as any).chrome.tabs;
    tabs.captureVisibleTab = undefined;
    return typeof tabs.captureVisibleTab;
  });
  expect(gone).toBe('undefined');
});
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('capture without browser pixels (html2canvas in the page)', () => {
  it('renders post.png in the page, labels it a reconstruction in metadata, locker, report.pdf and both verifiers', async () => {
    await captureConfirmed(session, X_URL, X_POST, 1);
    const { item, files } = await itemFor(session, X_PERMALINK);
    expect(item.metadata.pixelsFrom).toBe('html2canvas');
    expect(JSON.parse(files.find((f) => f.name === 'metadata.json')!.text!).pixelsFrom).toBe('html2canvas');
    for (const f of files) expect(f.actualSha256).toBe(f.sha256);
    const post = files.find((f) => f.name === 'post.png')!;
    const page = await session.context.newPage();
    await page.goto(X_URL);
    const expected = await postSize(page, X_POST, 1);
    expect(Math.abs(post.png!.width - expected.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(post.png!.height - expected.height)).toBeLessThanOrEqual(2);
    expect(post.size).toBeGreaterThan(2_000);
    const stats = await pixelStats(session.worker, item.id, 'post.png');
    expect(stats.dark).toBeGreaterThan(500); // text and avatar, not a blank picture
    expect(stats.colours).toBeGreaterThan(10);
    expect(files.find((f) => f.name === 'screenshot.png')!.png).toEqual({ width: 1280 * item.metadata.devicePixelRatio, height: 900 * item.metadata.devicePixelRatio });

    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(() => page.locator(`[data-item-id="${item.id}"]`).textContent()).toMatch(LABEL);
    await page.goto(extensionUrl(session, `evidence.html#item=${item.id}`));
    await expect.poll(() => page.getByTestId('pixels-from').textContent()).toMatch(LABEL);

    await page.goto(extensionUrl(session, 'evidence.html'));
    const zip = join(work, 'bundle.zip');
    await downloadExport(page, zip);
    const out = join(work, 'out');
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'report.pdf'), '-']).toString().replace(/\s+/g, ' ');
    expect(pdf).toMatch(LABEL);
    expect(pdf).toContain('geen schermafbeelding');

    await session.context.route(`file://${work}/**`, (r) => r.continue());
    await page.goto(`file://${join(out, 'verify.html')}`);
    await page.locator('#pick-folder').setInputFiles(out);
    expect((await verdictAndLabel(page)).join(' ')).toMatch(LABEL);
    await page.goto(extensionUrl(session, 'verify.html'));
    await page.getByTestId('verify-files').setInputFiles(zip);
    expect((await verdictAndLabel(page)).join(' ')).toMatch(LABEL);
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toContain('post.png');
    expect(session.unexpected).toEqual([]);
    await page.close();
  }, 180_000);

  it('draws a post taller than the viewport whole, not in slices', async () => {
    const { page, ui } = await openThread(session, X_URL);
    const blocks = [[0xe60000, 500], [0x00b400, 900], [0x0000e6, 700]] as const;
    await page.evaluate((bs) => {
      const text = document.querySelectorAll('article[data-testid="tweet"]')[2]!.querySelector('[data-testid="tweetText"]')!;
      for (const [rgb, height] of bs) text.insertAdjacentHTML('beforeend', `<div style="height:${height}px;background:#${rgb.toString(16).padStart(6, '0')}"></div>`);
    }, blocks);
    await captureNth(page, ui, X_POST, 2);
    await expect.poll(() => ui.texts('status'), { timeout: 30_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));
    const { item, files } = await itemFor(session, 'https://x.com/buurtvader_lombok/status/1876551234500022222');
    expect(item.metadata.pixelsFrom).toBe('html2canvas');
    const size = await postSize(page, X_POST, 2);
    const png = files.find((f) => f.name === 'post.png')!.png!;
    expect(size.height).toBeGreaterThan(2 * 900 * item.metadata.devicePixelRatio);
    expect(Math.abs(png.height - size.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.width - size.width)).toBeLessThanOrEqual(2);
    // Every block is in post.png, each with (nearly) its full area.
    const { counts } = await pixelStats(session.worker, item.id, 'post.png', blocks.map(([rgb]) => rgb));
    const dpr2 = item.metadata.devicePixelRatio ** 2;
    blocks.forEach(([, height], i) => expect(counts[i]! / dpr2).toBeGreaterThan(height * 400));
    await page.close();
  }, 120_000);
});
