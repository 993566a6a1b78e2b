import { afterEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../utils/bundle/import';
import { SchildwachtDB } from '../../../utils/db';
import { deleteItem } from '../../../utils/evidence/locker-actions';
import { storeCapture } from '../../../utils/evidence/store';
import { dataUrl, fillThumbs, thumbnailsOf } from '../../../utils/evidence/thumbs';
import { item } from './make-item';

let db: SchildwachtDB;
afterEach(async () => {
  await db?.delete();
});

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/** An item as capture stores it, its thumbnail.jpg holding `bytes`. */
async function stored(at: string, bytes = JPEG) {
  const made = item(new Date(at));
  made.files = made.files.map((f) => (f.name === 'thumbnail.jpg' ? { ...f, type: 'image/jpeg', blob: new Blob([bytes], { type: 'image/jpeg' }) } : f));
  await storeCapture(db, made.item, made.files, 'vastgelegd', new Date(at));
  return made.item;
}

describe('the locker\'s inline thumbnails', () => {
  it('are written with the capture, in its transaction, as a data: URL of thumbnail.jpg', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const it1 = await stored('2026-01-04T19:00:00.000Z');
    expect(await db.thumbs.get(it1.id)).toEqual({ itemId: it1.id, src: `data:image/jpeg;base64,${Buffer.from(JPEG).toString('base64')}` });
    expect(await thumbnailsOf(db, [it1])).toEqual([dataUrl('image/jpeg', JPEG)]);
  });

  it('encodes large pictures in chunks, byte for byte', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(dataUrl('image/png', big).split(',')[1]!, 'base64').equals(Buffer.from(big))).toBe(true);
  });

  it('come from the file for an item stored before them, and are kept once shown; a deleted item gets none', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const [old1, old2] = [await stored('2026-01-04T19:00:00.000Z'), await stored('2026-01-05T19:00:00.000Z')];
    await db.thumbs.clear(); // as a locker from before version 7 has them
    const rows = await thumbnailsOf(db, [old1, old2]);
    expect(rows.map((r) => r instanceof Blob)).toEqual([true, true]);
    await deleteItem(db, old2.id);
    await fillThumbs(db, [old1, old2], rows);
    expect(await db.thumbs.toCollection().primaryKeys()).toEqual([old1.id]);
    expect(await thumbnailsOf(db, [old1])).toEqual([dataUrl('image/jpeg', JPEG)]);
  });

  it('go when their item is deleted', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const it1 = await stored('2026-01-04T19:00:00.000Z');
    await deleteItem(db, it1.id);
    expect(await db.thumbs.count()).toBe(0);
  });

  it('are written by an import, in its transaction, from the imported thumbnail.jpg (and only for items that have one)', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const [a, b] = [item(new Date('2026-01-04T19:00:00.000Z')), item(new Date('2026-01-05T19:00:00.000Z'))];
    a.files = a.files.map((f) => (f.name === 'thumbnail.jpg' ? { ...f, type: 'image/jpeg', blob: new Blob([JPEG], { type: 'image/jpeg' }) } : f));
    b.files = b.files.filter((f) => f.name !== 'thumbnail.jpg');
    const caseRecord = { id: crypto.randomUUID(), title: 'Bundel (geïmporteerd)', createdAt: '2026-02-01T00:00:00.000Z' };
    await applyImport(db, { bundleId: 'b1', items: [a.item, b.item], files: [...a.files, ...b.files], annotations: [], custody: [], notices: [], checks: [], caseRecord });
    expect(await db.thumbs.toArray()).toEqual([{ itemId: a.item.id, src: dataUrl('image/jpeg', JPEG) }]);
  });
});
