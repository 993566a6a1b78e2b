import type { StoredItem, ThumbRecord } from '../db';
import { type LockerPage, pageOf } from './locker-page';

/**
 * The locker's newest page read straight from IndexedDB, without Dexie: the locker shows it before
 * Dexie's code has loaded (entrypoints/evidence/first-page.ts). Null whenever this quick path does
 * not apply (no database yet, an older schema, a row without its inline thumbnail): the caller
 * then reads the page through Dexie. Never creates or upgrades the database.
 */
export async function readNewest(idb: IDBFactory, name: string, limit: number): Promise<{ page: LockerPage; thumbs: string[] } | null> {
  const db = await openExisting(idb, name);
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains('items') || !db.objectStoreNames.contains('thumbs')) return null;
    const tx = db.transaction(['items', 'thumbs'], 'readonly');
    const page = pageOf(await newest(tx.objectStore('items').index('capturedAt'), limit + 1), null, limit);
    const thumbs = await Promise.all(page.items.map((item) => request<ThumbRecord | undefined>(tx.objectStore('thumbs').get(item.id))));
    return thumbs.every((t) => t) ? { page, thumbs: thumbs.map((t) => t!.src) } : null;
  } finally {
    db.close();
  }
}

/** The database as it is, or null if it does not exist (the open's upgrade is aborted, so none is created). */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = idb.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      // Dexie opening a newer version waits for no one: this connection steps aside.
      open.result.onversionchange = () => open.result.close();
      resolve(open.result);
    };
    open.onerror = (e) => { e.preventDefault(); resolve(null); };
    open.onblocked = () => resolve(null);
  });
}

/** The `want` newest records of the index (newest capture first; ties by id, as Dexie's reverse order has them). */
function newest(index: IDBIndex, want: number): Promise<StoredItem[]> {
  return new Promise((resolve, reject) => {
    const out: StoredItem[] = [];
    const cursor = index.openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || out.length >= want) return resolve(out);
      out.push(c.value as StoredItem);
      if (out.length >= want) resolve(out);
      else c.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}

function request<T>(r: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result as T);
    r.onerror = () => reject(r.error);
  });
}
