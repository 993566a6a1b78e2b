import { type LockerFilter, type PageCursor, emptyFilter } from '../../utils/evidence/locker-page';
import { readNewest } from '../../utils/evidence/newest-raw';
import type { RowThumb } from '../../utils/evidence/thumbs';
import type { StoredItem } from '../../utils/db';
import { DB_NAME } from '../../utils/db-name';

export const PAGE = 50;

export interface Page { items: StoredItem[]; next: PageCursor | null; thumbs: RowThumb[] }

let early: Page | undefined;
let taken = false;

/**
 * Reads the unfiltered first page while the rest of the locker's code loads (main.tsx), so that
 * the first paint already has the rows: straight from IndexedDB, or through Dexie when that quick
 * path does not apply. The list's live query takes over from there.
 */
export async function readFirstPage(): Promise<void> {
  const raw = await readNewest(indexedDB, DB_NAME, PAGE).catch(() => null);
  const page = raw ? { ...raw.page, thumbs: raw.thumbs }
    : await import('./read-page').then(async ({ readPage }) => readPage((await import('../../utils/db')).extensionDb(), emptyFilter, null));
  // Read too late for the first paint: the live query already shows the list, and this page may be stale by a later one.
  if (!taken) early = page;
}

/** The early first page, once: a later unfiltered first page (after clearing a search) reads live. */
export function takeEarly(filter: LockerFilter, cursor: PageCursor | null): Page | undefined {
  const page = !cursor && filter === emptyFilter ? early : undefined;
  early = undefined;
  taken = true;
  return page;
}
