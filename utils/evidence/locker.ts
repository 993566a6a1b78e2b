import Dexie from 'dexie';
import type { SchildwachtDB, StoredItem } from '../db';
import type { Offence } from './model';

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

function newestFirst(db: SchildwachtDB, f: LockerFilter, before: string | null) {
  const upper = before ?? Dexie.maxKey;
  if (f.platform) {
    return db.items.where('[platform+capturedAt]').between([f.platform, Dexie.minKey], [f.platform, upper], true, true).reverse();
  }
  if (f.caseId && f.caseId !== NO_CASE) {
    return db.items.where('[caseId+capturedAt]').between([f.caseId, Dexie.minKey], [f.caseId, upper], true, true).reverse();
  }
  return (before ? db.items.where('capturedAt').belowOrEqual(before) : db.items.orderBy('capturedAt')).reverse();
}

/**
 * One page of the locker, newest capture first. Index ranges do the platform and case filters;
 * search words (all must occur), "no case" and the offence are checked per item while walking,
 * and the walk stops as soon as the page is full: cheap with thousands of items.
 */
export async function listItems(db: SchildwachtDB, f: LockerFilter, cursor: PageCursor | null, limit = 50): Promise<LockerPage> {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  const offenceIds = f.offence ? new Set(await db.annotations.where('offence').equals(f.offence).primaryKeys()) : null;
  const seen = new Set(cursor?.seen ?? []);
  // Without checks per item the index range alone answers (the case is in the range unless a platform is).
  const caseInRange = Boolean(f.caseId) && f.caseId !== NO_CASE && !f.platform;
  const plain = !seen.size && !words.length && !offenceIds && (!f.caseId || caseInRange);
  const range = newestFirst(db, f, cursor?.capturedAt ?? null);
  const items = await (plain ? range : range.filter((i) => !seen.has(i.id)
      && (!f.caseId || (f.caseId === NO_CASE ? i.caseId === null : i.caseId === f.caseId))
      && (!offenceIds || offenceIds.has(i.id))
      && words.every((w) => i.search.includes(w))))
    .limit(limit + 1)
    .toArray();
  const page = items.slice(0, limit);
  const last = page.at(-1);
  if (items.length <= limit || !last) return { items: page, next: null };
  const atLast = page.filter((i) => i.capturedAt === last.capturedAt).map((i) => i.id);
  const carried = cursor?.capturedAt === last.capturedAt ? cursor.seen : [];
  return { items: page, next: { capturedAt: last.capturedAt, seen: [...carried, ...atLast] } };
}

/** The first words of a post for the list (whole words, at most `max` characters). */
export function firstWords(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

/** The thumbnails of a page of items, in one read (rows without one get undefined). */
export async function thumbnailsOf(db: SchildwachtDB, items: readonly StoredItem[]): Promise<(Blob | undefined)[]> {
  const files = await db.files.bulkGet(items.map((i) => [i.id, 'thumbnail.jpg'] as [string, string]));
  return files.map((f) => f?.blob);
}
