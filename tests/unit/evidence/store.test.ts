import { afterEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { verifyChains } from '../../../utils/evidence/custody';
import { storeCapture } from '../../../utils/evidence/store';
import { item } from './make-item';

let db: SchildwachtDB;
afterEach(async () => {
  await db?.delete();
});

describe('storing a capture', () => {
  it('stores item, files and the first custody entry together', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const { item: it1, files } = item(new Date('2026-01-04T19:00:00.000Z'));
    await storeCapture(db, it1, files, 'vastgelegd', new Date('2026-01-04T19:00:00.000Z'));
    expect(await db.items.count()).toBe(1);
    expect(await db.files.where('itemId').equals(it1.id).count()).toBe(5);
    const log = await db.custody.toArray();
    expect(log).toMatchObject([{ itemId: it1.id, seq: 0, action: 'capture', detail: 'vastgelegd' }]);
    expect(await verifyChains(log)).toEqual({ ok: true });
  });

  it('stores nothing of an item when a write fails half-way', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const { item: it1, files } = item(new Date('2026-01-04T19:00:00.000Z'));
    // The item's custody key is already taken: the last write of the transaction fails.
    await db.custody.add({ itemId: it1.id, seq: 0, at: '2026-01-01T00:00:00.000Z', action: 'import', detail: '', prev: '0'.repeat(64) });
    await expect(storeCapture(db, it1, files, 'vastgelegd', new Date())).rejects.toThrow();
    expect(await db.items.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });

  it('refuses files that metadata.json does not list', async () => {
    db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
    const { item: it1, files } = item(new Date());
    await expect(storeCapture(db, it1, files.filter((f) => f.name !== 'post.png'), 'x', new Date())).rejects.toThrow(/does not match/);
    expect(await db.items.count()).toBe(0);
  });
});
