import { afterEach, describe, expect, it } from 'vitest';
import { indexedDB } from 'fake-indexeddb';
import { SchildwachtDB } from '../../../utils/db';
import { emptyFilter, listItems } from '../../../utils/evidence/locker';
import { readNewest } from '../../../utils/evidence/newest-raw';
import { storeCapture } from '../../../utils/evidence/store';
import { thumbnailsOf } from '../../../utils/evidence/thumbs';
import { item } from './make-item';

let db: SchildwachtDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const name = () => `t-${crypto.randomUUID()}`;

describe('the locker\'s newest page without Dexie', () => {
  it('is the page Dexie reads: same items in the same order, same cursor, same thumbnails', async () => {
    db = new SchildwachtDB(name(), { indexedDB });
    // 7 items, three of them captured at the same moment (the cursor then carries their ids)
    for (const at of ['01', '02', '03', '03', '03', '04', '05']) {
      const made = item(new Date(`2026-01-${at}T10:00:00.000Z`));
      await storeCapture(db, made.item, made.files, 'vastgelegd', new Date());
    }
    const viaDexie = await listItems(db, emptyFilter, null, 4);
    const raw = await readNewest(indexedDB, db.name, 4);
    expect(raw?.page.items.map((i) => i.id)).toEqual(viaDexie.items.map((i) => i.id));
    expect(raw?.page.next).toEqual(viaDexie.next);
    expect(raw?.thumbs).toEqual(await thumbnailsOf(db, viaDexie.items));
  });

  it('gives up (null) where Dexie must read: no database yet, which it does not create; a row without its inline thumbnail', async () => {
    const missing = name();
    expect(await readNewest(indexedDB, missing, 50)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(missing);
    db = new SchildwachtDB(name(), { indexedDB });
    const made = item(new Date('2026-01-01T10:00:00.000Z'));
    await storeCapture(db, made.item, made.files, 'vastgelegd', new Date());
    await db.thumbs.clear(); // a locker from before version 7
    expect(await readNewest(indexedDB, db.name, 50)).toBeNull();
  });

  it('does not hold up a schema upgrade: its connection is closed when done', async () => {
    db = new SchildwachtDB(name(), { indexedDB });
    await db.open();
    const dbName = db.name;
    db.close();
    await readNewest(indexedDB, dbName, 50);
    const newer = new SchildwachtDB(dbName, { indexedDB });
    newer.version(99).stores({ extra: 'id' });
    await expect(newer.open()).resolves.toBeDefined();
    newer.close();
  });
});
