import Dexie from 'dexie';
import type { SchildwachtDB, StoredItem } from '../db';
import type { Offence } from './model';
import { queryWords } from './search-words';
import { allWithWords, hasWords, intersect, matchWords } from './word-index';

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

/** Items read newest-first in search of matches before the word index is asked for the whole sets. */
const WALK_BUDGET = 1_000;
/** Matching items read at once at most; more and the walk goes on instead. */
const READ_AT_MOST = 5_000;

/**
 * One page of the locker, newest capture first. Index ranges do the platform and case filters.
 * Rare search words and the offence give small sets of ids from their indexes: those items are
 * read and ordered. Otherwise the range is walked newest-first, checking each item, and the walk
 * stops when the page is full; if it does not fill within WALK_BUDGET items, the word index gives
 * the whole sets after all. Cheap with tens of thousands of items.
 */
export async function listItems(db: SchildwachtDB, f: LockerFilter, cursor: PageCursor | null, limit = 50): Promise<LockerPage> {
  const words = queryWords(f.query);
  const [match, offenceIds] = await Promise.all([
    words.length ? matchWords(db, words) : null,
    f.offence ? db.annotations.where('offence').equals(f.offence).primaryKeys() : null,
  ]);
  const seen = new Set(cursor?.seen ?? []);
  const common = match?.common ?? [];
  const ok = (i: StoredItem) => !seen.has(i.id) && inCase(f, i) && (!f.platform || i.platform === f.platform) && hasWords(i, common);
  const candidates = offenceIds ? intersect(match?.ids ?? null, offenceIds) : match?.ids ?? null;
  const plain = !seen.size && !words.length && (!f.caseId || (f.caseId !== NO_CASE && !f.platform));
  const range = () => newestFirst(db, f, cursor?.capturedAt ?? null);
  const items = candidates ? await readNewestFirst(db, candidates, cursor, ok, limit + 1)
    : plain ? await range().limit(limit + 1).toArray()
    : await walk(range, ok, limit + 1, common.length ? () => allWithWords(db, common) : null, (ids) => readNewestFirst(db, ids, cursor, ok, limit + 1));
  return pageOf(items, cursor, limit);
}

/**
 * The range newest-first, checking each item, until `want` pass. With `whole` (common search words)
 * it reads at most WALK_BUDGET items, then takes the whole sets from the index instead, unless they
 * are so large that the walk is the better way after all.
 */
async function walk(range: () => ReturnType<typeof newestFirst>, ok: (i: StoredItem) => boolean, want: number,
  whole: (() => Promise<Set<string>>) | null, read: (ids: Set<string>) => Promise<StoredItem[]>): Promise<StoredItem[]> {
  let visited = 0;
  const found = await range().until(() => whole !== null && ++visited > WALK_BUDGET).filter(ok).limit(want).toArray();
  if (found.length === want || !whole || visited <= WALK_BUDGET) return found;
  const ids = await whole();
  return ids.size <= READ_AT_MOST ? read(ids) : range().filter(ok).limit(want).toArray();
}

function inCase(f: LockerFilter, i: StoredItem): boolean {
  return !f.caseId || (f.caseId === NO_CASE ? i.caseId === null : i.caseId === f.caseId);
}

/** The first `want` of these items that pass, newest first (as the capture-time index orders them). */
async function readNewestFirst(db: SchildwachtDB, ids: ReadonlySet<string>, cursor: PageCursor | null, ok: (i: StoredItem) => boolean, want: number): Promise<StoredItem[]> {
  const items = (await db.items.bulkGet([...ids]))
    .filter((i): i is StoredItem => i !== undefined && (!cursor || i.capturedAt <= cursor.capturedAt) && ok(i));
  items.sort((a, b) => (a.capturedAt === b.capturedAt ? (a.id < b.id ? 1 : -1) : a.capturedAt < b.capturedAt ? 1 : -1));
  return items.slice(0, want);
}

/** The page and the cursor past it: below its last capture time, skipping the ids shown at that time. */
function pageOf(items: StoredItem[], cursor: PageCursor | null, limit: number): LockerPage {
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

