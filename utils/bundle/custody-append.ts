import Dexie from 'dexie';
import type { SchildwachtDB } from '../db';
import type { CustodyEntry } from '../evidence/custody';

/** Every custody entry of the given items: item by item, each in sequence order. */
export async function custodyOf(db: SchildwachtDB, itemIds: readonly string[]): Promise<CustodyEntry[]> {
  const out: CustodyEntry[] = [];
  for (const id of itemIds) {
    out.push(...(await db.custody.where('[itemId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()));
  }
  return out;
}
