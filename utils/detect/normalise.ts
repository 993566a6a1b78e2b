import type { Normalised } from './types';

/**
 * Builds a normalised copy of a text that recognizers can match simply:
 * format and zero-width characters dropped, every space-like character a plain
 * space, compatibility forms folded (NFKD: full-width digits, ligatures),
 * accents stripped, dashes and quotes unified, Cyrillic/Greek look-alikes
 * folded to Latin. Every normalised unit remembers its original range, so a
 * finding always points into the original text.
 */

const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J',
  ο: 'o', α: 'a', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', υ: 'u', τ: 't',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
};

const FORMAT = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const SPACE = /^[\p{Zs}\u2028\u2029]$/u;
const DASH = /^\p{Pd}$/u;
const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u00B4\u0060';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033';
const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

/** What one non-ASCII character becomes ('' = dropped). */
function fold(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (FORMAT.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (DASH.test(ch) || ch === '\u2212') out = '-';
  else if (SINGLE_QUOTES.includes(ch)) out = "'";
  else if (DOUBLE_QUOTES.includes(ch)) out = '"';
  else if (HOMOGLYPHS[ch] !== undefined) out = HOMOGLYPHS[ch];
  else {
    out = ch.normalize('NFKD').replace(MARKS, '');
    // a compatibility form may decompose into characters that fold further
    if (out !== ch) out = [...out].map((c) => (c.charCodeAt(0) > 127 && c !== ch ? fold(c) : c)).join('');
  }
  if (cache.size < 8192) cache.set(ch, out);
  return out;
}

const decoder = new TextDecoder('utf-16le');

const NON_ASCII = /[^\x00-\x7f]/;

export function normalise(original: string): Normalised {
  // plain ASCII (most posts) is its own normalised copy
  if (!NON_ASCII.test(original)) return { original, text: original, origStart: null, origEnd: null, memo: {} };
  const n = original.length;
  let capacity = n + 16;
  let units = new Uint16Array(capacity);
  let origStart = new Int32Array(capacity);
  let origEnd = new Int32Array(capacity);
  let k = 0;
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      units[k] = code; origStart[k] = i; origEnd[k] = i + 1; k++; i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const folded = fold(original.slice(i, i + width));
    if (k + folded.length + (n - i) + 1 > capacity) {
      capacity = (k + folded.length + (n - i)) * 2;
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T): T => { b.set(a); return b; };
      units = grow(units, new Uint16Array(capacity));
      origStart = grow(origStart, new Int32Array(capacity));
      origEnd = grow(origEnd, new Int32Array(capacity));
    }
    for (let j = 0; j < folded.length; j++, k++) { units[k] = folded.charCodeAt(j); origStart[k] = i; origEnd[k] = i + width; }
    i += width;
  }
  return { original, text: decoder.decode(units.subarray(0, k)), origStart: origStart.subarray(0, k), origEnd: origEnd.subarray(0, k), memo: {} };
}

/** Maps a normalised range [start, end) back to the original text. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (!n.origStart || !n.origEnd) return { start, end };
  if (end <= start) return { start: n.origStart[start] ?? n.original.length, end: n.origStart[start] ?? n.original.length };
  return { start: n.origStart[start] ?? 0, end: n.origEnd[end - 1] ?? n.original.length };
}
