import { type LockerFilter, type PageCursor, listItems } from '../../utils/evidence/locker';
import { thumbnailsOf } from '../../utils/evidence/thumbs';
import type { SchildwachtDB } from '../../utils/db';
import { PAGE, type Page } from './first-page';

/** One page of rows with their thumbnails, through Dexie. */
export async function readPage(db: SchildwachtDB, filter: LockerFilter, cursor: PageCursor | null): Promise<Page> {
  const found = await listItems(db, filter, cursor, PAGE);
  return { ...found, thumbs: await thumbnailsOf(db, found.items) };
}
