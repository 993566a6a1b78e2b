import Dexie from 'dexie';
import type { SchildwachtDB } from '../db';
import { type CustodyAction, type CustodyEntry, custodyEntrySchema, nextEntry } from '../evidence/custody';

/** The last custody entry of one item (highest seq), if any. */
export function lastCustody(db: SchildwachtDB, itemId: string): Promise<CustodyEntry | undefined> {
  return db.custody.where('[itemId+seq]').between([itemId, Dexie.minKey], [itemId, Dexie.maxKey]).last();
}

/**
 * Appends one entry to an item's hash-chained custody log. The hash is computed
 * outside any transaction (Web Crypto would end it); the [itemId+seq] key makes a
 * concurrent append fail, and then it is simply recomputed on the new last entry.
 */
export async function appendCustody(
  db: SchildwachtDB, itemId: string, action: CustodyAction, detail: string, now: Date,
): Promise<CustodyEntry> {
  for (let attempt = 0; ; attempt++) {
    const entry = custodyEntrySchema.parse(await nextEntry(await lastCustody(db, itemId), itemId, action, detail.slice(0, 2000), now));
    try {
      await db.custody.add(entry);
      return entry;
    } catch (err) {
      if (!(err instanceof Dexie.ConstraintError) || attempt >= 5) throw err;
    }
  }
}

/** Every custody entry of the given items: item by item, each in sequence order. */
export async function custodyOf(db: SchildwachtDB, itemIds: readonly string[]): Promise<CustodyEntry[]> {
  const out: CustodyEntry[] = [];
  for (const id of itemIds) {
    out.push(...(await db.custody.where('[itemId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()));
  }
  return out;
}
