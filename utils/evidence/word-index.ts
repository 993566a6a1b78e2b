import type { SchildwachtDB, StoredItem } from '../db';
import { searchWords } from './search-words';

/** Index entries read per query word before it counts as common (and is checked per item instead). */
const RARE_BELOW = 500;

/**
 * What the word index says about a query: `ids`, the items that have every rare word (null when
 * every word is common), and `common`, the words to check on each item. A common word would cost
 * a read of tens of thousands of index entries, where a walk newest-first finds its items at once.
 */
export interface WordMatch { ids: Set<string> | null; common: string[] }

export async function matchWords(db: SchildwachtDB, words: readonly string[]): Promise<WordMatch> {
  const found = await Promise.all(words.map((w) => db.items.where('words').startsWith(w).limit(RARE_BELOW).primaryKeys()));
  let ids: Set<string> | null = null;
  const common: string[] = [];
  found.forEach((keys, i) => {
    if (keys.length >= RARE_BELOW) common.push(words[i]!);
    else ids = intersect(ids, keys);
  });
  return { ids, common };
}

/** The items that have every word, from the whole index: for when a walk found too few. */
export async function allWithWords(db: SchildwachtDB, words: readonly string[]): Promise<Set<string>> {
  const found = await Promise.all(words.map((w) => db.items.where('words').startsWith(w).primaryKeys()));
  return found.reduce<Set<string> | null>(intersect, null) ?? new Set();
}

export function intersect(a: Set<string> | null, b: Iterable<string>): Set<string> {
  const next = new Set<string>();
  for (const id of b) if (!a || a.has(id)) next.add(id);
  return next;
}

/** Whether each word begins one of the item's words. */
export function hasWords(item: StoredItem, words: readonly string[]): boolean {
  if (!words.length) return true;
  const own = item.words ?? searchWords(item.search);
  return words.every((w) => own.some((x) => x.startsWith(w)));
}
