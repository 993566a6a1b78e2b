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
const SINGLE_QUOTES = "\u2018\u2019\u201A\u201B\u2032\u00B4\u0060";
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
    if (out.length === 1 && out !== ch && out.charCodeAt(0) > 127) out = fold(out);
    else if (out.length > 1 && /[^\x00-\x7f]/.test(out)) out = [...out].map((c) => (c.charCodeAt(0) > 127 && c !== ch ? fold(c) : c)).join('');
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

export function normalise(original: string): Normalised {
  const n = original.length;
  let out = '';
  let origStart: Int32Array = new Int32Array(n + 8);
  let origEnd: Int32Array = new Int32Array(n + 8);
  let k = 0;
  let asciiFrom = 0; // start of the pending run of plain ASCII, appended in one go
  const flushAscii = (to: number): void => {
    if (to > asciiFrom) {
      out += original.slice(asciiFrom, to);
      for (let j = asciiFrom; j < to; j++, k++) { origStart[k] = j; origEnd[k] = j + 1; }
    }
  };
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 128) { i++; continue; }
    flushAscii(i);
    const cp = original.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = fold(original.slice(i, i + width));
    const needed = k + folded.length + (n - i) + 1;
    if (needed > origStart.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(needed * 2); b.set(a); return b; };
      origStart = grow(origStart);
      origEnd = grow(origEnd);
    }
    out += folded;
    for (let j = 0; j < folded.length; j++, k++) { origStart[k] = i; origEnd[k] = i + width; }
    i += width;
    asciiFrom = i;
  }
  flushAscii(n);
  return { original, text: out, origStart: origStart.subarray(0, k), origEnd: origEnd.subarray(0, k) };
}

/** Maps a normalised range [start, end) back to the original text. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.origStart[start] ?? n.original.length, end: n.origStart[start] ?? n.original.length };
  return { start: n.origStart[start] ?? 0, end: n.origEnd[end - 1] ?? n.original.length };
}
