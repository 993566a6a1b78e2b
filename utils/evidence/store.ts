import type { SchildwachtDB, StoredFile, StoredItem } from '../db';
import { type CustodyAction, nextEntry } from './custody';
import { metadataSchema } from './model';
import { thumbOf } from './thumbs';

/**
 * Stores a new item, its files and its first custody entry in ONE transaction: when any write
 * fails (storage full, a closed database) nothing of the item is stored.
 */
export async function storeCapture(db: SchildwachtDB, item: StoredItem, files: StoredFile[], detail: string, now: Date): Promise<void> {
  metadataSchema.parse(item.metadata);
  const listed = Object.keys(item.metadata.files).sort();
  const given = files.map((f) => f.name).filter((n) => n !== 'metadata.json').sort();
  if (listed.join() !== given.join()) throw new Error(`metadata.files (${listed}) does not match the stored files (${given})`);
  const first = await nextEntry(undefined, item.id, 'capture', detail, now);
  const thumbs = await thumbOf(item.id, files);
  await db.transaction('rw', db.items, db.files, db.thumbs, db.custody, async () => {
    await db.items.add(item);
    await db.files.bulkAdd(files);
    await db.thumbs.bulkAdd(thumbs);
    await db.custody.add(first);
  });
}

/**
 * Appends a custody entry for an item, together with the writes it records (`writes` runs inside
 * the same transaction, with Dexie calls only). Entries are keyed by [itemId+seq], so two writers
 * that read the same last entry cannot both append: the loser reads again and retries.
 */
export async function appendCustody(
  db: SchildwachtDB, itemId: string, action: CustodyAction, detail: string,
  writes: () => Promise<unknown> = async () => undefined, now: () => Date = () => new Date(),
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const last = await db.custody.where('[itemId+seq]').between([itemId, -Infinity], [itemId, Infinity]).last();
    const entry = await nextEntry(last, itemId, action, detail, now());
    try {
      await db.transaction('rw', [db.items, db.files, db.thumbs, db.annotations, db.cases, db.custody, db.stampQueue, db.notices, db.checks], async () => {
        await db.custody.add(entry);
        await writes();
      });
      return;
    } catch (err) {
      if ((err as { name?: string }).name !== 'ConstraintError' || attempt >= 5) throw err;
    }
  }
}
