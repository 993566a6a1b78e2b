import type { Page } from 'playwright-core';

/**
 * Writes items `from`…`to - 1` like captures leave them (metadata, search text and its words, a
 * thumbnail file and its inline copy) straight into IndexedDB, in transactions of 5,000.
 */
export function seedLocker(page: Page, from: number, to: number) {
  return page.evaluate(async ([start, end]) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('schildwacht');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const canvas = new OffscreenCanvas(120, 80);
    canvas.getContext('2d')!.fillRect(0, 0, 60, 40);
    const thumb = await canvas.convertToBlob({ type: 'image/jpeg' });
    const src = await new Promise<string>((ok) => { const r = new FileReader(); r.onload = () => ok(String(r.result)); r.readAsDataURL(thumb); });
    const words = ['bedreiging', 'adres', 'Lindelaan', 'agent', 'school', 'auto', 'kenteken', 'vanavond', 'weten', 'jou'];
    for (let batch = start; batch < end; batch += 5_000) {
      const tx = db.transaction(['items', 'files', 'thumbs'], 'readwrite');
      for (let i = batch; i < Math.min(end, batch + 5_000); i++) {
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
        const search = `${metadata.author.name}\n${text}`.toLowerCase();
        tx.objectStore('items').put({ id, capturedAt: at, platform: metadata.platform, caseId: null, search, words: [...new Set(search.split(/[^\p{L}\p{N}]+/u).filter(Boolean))], metadata });
        tx.objectStore('files').put({ itemId: id, name: 'thumbnail.jpg', type: 'image/jpeg', size: thumb.size, sha256: '0'.repeat(64), blob: thumb });
        tx.objectStore('thumbs').put({ itemId: id, src });
      }
      await new Promise<void>((ok, no) => { tx.oncomplete = () => ok(); tx.onerror = () => no(tx.error); });
    }
    db.close();
  }, [from, to] as const);
}
