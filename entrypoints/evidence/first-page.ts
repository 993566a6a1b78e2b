import { type LockerFilter, type PageCursor, emptyFilter, listItems } from '../../utils/evidence/locker';
import { type RowThumb, thumbnailsOf } from '../../utils/evidence/thumbs';
import { type SchildwachtDB, type StoredItem, extensionDb } from '../../utils/db';

export const PAGE = 50;

export interface Page { items: StoredItem[]; next: PageCursor | null; thumbs: RowThumb[] }

/** One page of rows with their thumbnails. */
export async function readPage(db: SchildwachtDB, filter: LockerFilter, cursor: PageCursor | null): Promise<Page> {
  const found = await listItems(db, filter, cursor, PAGE);
  return { ...found, thumbs: await thumbnailsOf(db, found.items) };
}

let early: Page | undefined;
let taken = false;

/**
 * Reads the unfiltered first page while the rest of the locker's code loads (main.tsx), so that
 * the first paint already has the rows. The list's live query takes over from there.
 */
export async function readFirstPage(): Promise<void> {
  const page = await readPage(extensionDb(), emptyFilter, null);
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
