/** What one non-ASCII character (or surrogate pair) of a text becomes in its normalised copy. */

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
/**
 * Emoji and other pictographs become "©" (also a pictograph, but in Latin-1) unit for unit, other
 * symbols ("€", flags, skin tones, arrows) "¤", and the bullet "•" the middle dot "·" (every
 * separator class lists both): what the recognizers can tell apart stays the same, and a post with
 * emoji gets a one-byte copy (see normalise.ts).
 */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const SYMBOL = /^\p{S}$/u;
const BULLET = '\u2022';
const cache = new Map<string, string>();

/** A Latin-1 stand-in, unit for unit, for a pictograph or a symbol that nothing folds. */
function standIn(ch: string): string {
  if (PICTOGRAPH.test(ch)) return '\u00a9'.repeat(ch.length);
  return SYMBOL.test(ch) ? '\u00a4'.repeat(ch.length) : ch;
}

/** What one non-ASCII character becomes ('' = dropped). */
export function fold(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (FORMAT.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (DASH.test(ch) || ch === '\u2212') out = '-';
  else if (SINGLE_QUOTES.includes(ch)) out = "'";
  else if (DOUBLE_QUOTES.includes(ch)) out = '"';
  else if (HOMOGLYPHS[ch] !== undefined) out = HOMOGLYPHS[ch];
  else if (ch === BULLET) out = '\u00b7';
  else {
    out = ch.normalize('NFKD').replace(MARKS, '');
    // a compatibility form may decompose into characters that fold further
    if (out !== ch) out = [...out].map((c) => (c.charCodeAt(0) > 127 && c !== ch ? fold(c) : c)).join('');
    else if (ch.charCodeAt(0) > 0xff) out = standIn(ch);
  }
  if (cache.size < 8192) cache.set(ch, out);
  return out;
}
