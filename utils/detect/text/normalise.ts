import type { Normalised } from '../types';
import { fold } from './fold';
import { OffsetMap } from './offsets';

/**
 * Builds a normalised copy of a text that recognizers can match simply:
 * format and zero-width characters dropped, every space-like character a plain
 * space, compatibility forms folded (NFKD: full-width digits, ligatures),
 * accents stripped, dashes and quotes unified, Cyrillic/Greek look-alikes
 * folded to Latin. Every normalised unit remembers its original range, so a
 * finding always points into the original text.
 */

const NON_ASCII = /[^\x00-\x7f]/;
/** What fold() takes at a time: a high surrogate with the unit after it, or one non-ASCII unit. */
const FOLDED = /[\uD800-\uDBFF][\s\S]|[^\x00-\x7f]/g;

export function normalise(original: string): Normalised {
  // plain ASCII (most posts) is its own normalised copy
  if (!NON_ASCII.test(original)) return { original, text: original, map: null, memo: {} };
  const map = new OffsetMap(original.length);
  let shift = 0;
  const text = original.replace(FOLDED, (ch: string, at: number) => {
    const out = fold(ch);
    // one unit folded to one unit keeps its place; anything else is remembered
    if (out.length !== 1 || ch.length !== 1) {
      map.add(at + shift, at, ch.length, out.length);
      shift += out.length - ch.length;
    }
    return out;
  });
  map.seal(text.length);
  return { original, text, map: map.size > 0 ? map : null, memo: {} };
}

/** Maps a normalised range [start, end) back to the original text. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  const map = n.map;
  if (!map) return { start, end };
  if (end <= start) {
    const at = map.start(start, n.original.length);
    return { start: at, end: at };
  }
  return { start: map.start(start, 0), end: map.end(end - 1) };
}
