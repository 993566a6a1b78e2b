import type { StoredItem } from '../db';
import type { Offence } from './offences';

/** What the officer filters the locker on; empty strings mean "all". */
export interface LockerFilter {
  query: string;
  platform: string;
  /** A case id, '' for all items, or NO_CASE for items in no case. */
  caseId: string;
  offence: Offence | '';
}
export const NO_CASE = '-';
export const emptyFilter: LockerFilter = { query: '', platform: '', caseId: '', offence: '' };

/** Where the next page starts: below this capture time, skipping the ids already shown at it. */
export interface PageCursor { capturedAt: string; seen: string[] }
export interface LockerPage { items: StoredItem[]; next: PageCursor | null }

/** The page and the cursor past it: below its last capture time, skipping the ids shown at that time. */
export function pageOf(items: StoredItem[], cursor: PageCursor | null, limit: number): LockerPage {
  const page = items.slice(0, limit);
  const last = page.at(-1);
  if (items.length <= limit || !last) return { items: page, next: null };
  const atLast = page.filter((i) => i.capturedAt === last.capturedAt).map((i) => i.id);
  const carried = cursor?.capturedAt === last.capturedAt ? cursor.seen : [];
  return { items: page, next: { capturedAt: last.capturedAt, seen: [...carried, ...atLast] } };
}
