/**
 * The locker's word index: each item keeps the distinct words of its search text (author, handle,
 * text, URL) in a multi-entry index, and a search word must begin one of them. Bounded, so a
 * two-million-character post cannot blow up the index.
 */
const MAX_WORDS = 2_000;
const MAX_LENGTH = 40;
const SPLIT = /[^\p{L}\p{N}]+/u;

export function searchWords(search: string): string[] {
  const words = new Set<string>();
  for (const w of search.toLowerCase().split(SPLIT)) {
    if (!w) continue;
    words.add(w.slice(0, MAX_LENGTH));
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/** The words of a query, cut as the index cuts them. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(SPLIT).filter(Boolean).map((w) => w.slice(0, MAX_LENGTH)))];
}
