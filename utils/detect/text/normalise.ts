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
  let wide = false;
  const folded = original.replace(FOLDED, (ch: string, at: number) => {
    wide ||= ch.charCodeAt(0) > 0xff;
    const out = fold(ch);
    // one unit folded to one unit keeps its place; anything else is remembered
    if (out.length !== 1 || ch.length !== 1) {
      map.add(at + shift, at, ch.length, out.length);
      shift += out.length - ch.length;
    }
    return out;
  });
  const text = wide ? oneByte(folded) : folded;
  map.seal(text.length);
  return { original, text, map: map.size > 0 ? map : null, memo: {} };
}

const WIDE = /[^\x00-\xff]/;
const CHUNK = 8192;

/**
 * The text in V8's one-byte form when all its units fit in a byte. A string built from a two-byte
 * original (a post with one emoji) stays two-byte in V8 whatever it holds, and every regex is then
 * compiled a second time, for two-byte subjects; past 16 MB of compiled code V8 compiles the rest
 * without optimisation (regexp.cc, TooMuchRegExpCode), several times slower.
 */
function oneByte(text: string): string {
  if (WIDE.test(text)) return text;
  let out = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    const units = new Uint8Array(Math.min(CHUNK, text.length - from));
    for (let i = 0; i < units.length; i++) units[i] = text.charCodeAt(from + i);
    // apply takes the typed array as it is; a spread would iterate it, six times slower per post
    out += String.fromCharCode.apply(null, units as unknown as number[]);
  }
  return out;
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
