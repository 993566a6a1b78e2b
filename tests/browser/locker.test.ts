import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Session, extensionUrl, launch } from './harness';
import { seedLocker } from './locker-seed';

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'evidence.html'));
  await page.getByText(/Nog niets vastgelegd/).waitFor();
  await seedLocker(page, 0, 1_120);
});
afterAll(async () => {
  await session?.close();
});

const postNumbers = () => page.locator('li.item .words').allTextContents().then((ts) => ts.map((t) => Number(/nummer (\d+)/.exec(t)?.[1])));
const descending = (from: number, n: number, step = 1) => Array.from({ length: n }, (_, i) => from - i * step);

describe('the locker with a thousand items', () => {
  it('loads page after page newest first, each once', async () => {
    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(postNumbers).toEqual(descending(1_119, 50));
    await expect.poll(() => page.locator('li.item img.thumb').count()).toBe(50);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    // The next page, in order and each once; on a slow machine the list may go on by itself when its end
    // shows in the viewport, so what follows the first hundred must continue the same order.
    await expect.poll(async () => (await postNumbers()).slice(0, 100)).toEqual(descending(1_119, 100));
    const shown = await postNumbers();
    expect(shown).toEqual(descending(1_119, shown.length));
    await page.getByText(`${shown.length} items getoond`).waitFor();
  });

  it('searches by word beginnings through the index, then pages the results', async () => {
    await page.goto(extensionUrl(session, 'evidence.html'));
    await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('nummer 111');
    // 111 and 1110…1119: rare words are read from the index and put in time order.
    await expect.poll(postNumbers).toEqual([...descending(1_119, 10), 111]);
    // One item in ten says 'lindelaan school' (numbers ending in 2).
    await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('Lindel scho');
    await expect.poll(postNumbers).toEqual(descending(1_112, 50, 10));
    await page.getByRole('button', { name: 'Meer laden' }).click();
    // The next page, in order and each once; the list may go on to the last 12 by itself when its end
    // shows in the viewport (it loads on when the end scrolls into view).
    await expect.poll(async () => (await postNumbers()).slice(0, 100)).toEqual(descending(1_112, 100, 10));
    expect(descending(1_112, 112, 10).slice(0, (await postNumbers()).length)).toEqual(await postNumbers());
    await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('lindelaan adres');
    await page.getByText('Geen items gevonden met deze filters.').waitFor();
  });

  it('shows items stored before the inline thumbnails from their files, and keeps an inline copy from then on', async () => {
    const inlineCopies = (clear: boolean) => page.evaluate((wipe) => new Promise<number>((done) => {
      const open = indexedDB.open('schildwacht');
      open.onsuccess = () => {
        const store = open.result.transaction('thumbs', wipe ? 'readwrite' : 'readonly').objectStore('thumbs');
        const req = wipe ? store.clear() : store.count();
        req.onsuccess = () => { open.result.close(); done(wipe ? 0 : req.result as number); };
      };
    }), clear);
    await inlineCopies(true);
    expect(await inlineCopies(false)).toBe(0);
    await page.goto(extensionUrl(session, 'evidence.html'));
    const pictures = () => page.locator('li.item img.thumb').evaluateAll((imgs) => imgs.map((i) => `${(i as HTMLImageElement).src.split(':')[0]} ${(i as HTMLImageElement).naturalWidth}`));
    // Shown from the files at first, then from the copies the list keeps of exactly the rows it showed.
    await expect.poll(pictures).toEqual(Array(50).fill('data 120'));
    expect(await inlineCopies(false)).toBe(50);
  });
});
