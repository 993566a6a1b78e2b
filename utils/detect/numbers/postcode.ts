import type { Recognizer, Span } from '../types';
import { wordAt } from '../text/chars';
import { hasDigits } from '../text/tokens';

/**
 * Dutch postcodes: 1000–9999, an optional space, two letters that are never
 * SA, SD or SS. Lower case counts ("3512 ab"), but a four-digit number
 * followed by an ordinary word ("1300 leden") does not: the letters must stand
 * alone, and lower-case pairs that are Dutch words are ignored.
 */
const POSTCODE = /([1-9]\d{3}) ?([A-Za-z]{2})(?![A-Za-z0-9_]|-[A-Za-z])/g;
const NOT_BEFORE = '_.,:-/€$';
const WORDS = new Set(['en', 'of', 'op', 'uw', 'af', 'ff', 'in', 'te', 'de', 'is', 'al', 'nu', 'na', 'om', 'ik', 'je', 'we', 'ze', 'me', 'er', 'an', 'at', 'on', 'to', 'km', 'kg', 'cm', 'mm', 'ml', 'uu', 'pk', 'kw', 'mb', 'gb', 'kb', 'tb', 'pp', 'ep', 'hz', 'ft', 'mi', 'ct', 'xl', 'nr', 'st', 'eu', 'vs', 'bv', 'nv', 'la', 'le', 'el', 'zo', 'ga', 'da', 'ja', 'he', 'hé', 'oh', 'ah', 'no', 'so', 'up', 'or', 'as', 'it', 'by', 'be', 'do', 'go', 'my', 'us', 'ad', 'ok', 'rt', 'pm', 'fm', 'ha', 'ca', 'ps', 'kj', 'uf', 'mn', 'bn']);
const FORBIDDEN = new Set(['SA', 'SD', 'SS']);
/** Capitals that after a number and a space are usually a unit or a company form. */
const UNITS = new Set(['KM', 'KG', 'CM', 'MM', 'ML', 'EU', 'PK', 'KW', 'MB', 'GB', 'KB', 'TB', 'PM', 'AM', 'BV', 'NV', 'XL', 'CO']);
const MODEL_BEFORE = /(?:^|[^\p{L}])\p{Lu}\s$/u;
const PLACE_AFTER = /^,?\s+\p{Lu}\p{Ll}{2,}/u;
const PLACE_BEFORE = /(?:\b\d{1,4}[a-z]?,?\s|\b(?:postcode|bij|omgeving|rond)\s)$/i;

export function isPostcode(digits: string, letters: string): boolean {
  const n = Number(digits);
  return n >= 1000 && n <= 9999 && /^[A-Za-z]{2}$/.test(letters) && !FORBIDDEN.has(letters.toUpperCase());
}

export const postcode: Recognizer = (n) => {
  const spans: Span[] = [];
  if (!hasDigits(n)) return spans;
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(n.text); m; m = POSTCODE.exec(n.text)) {
    const [whole, digits, letters] = m as unknown as [string, string, string];
    if (wordAt(n.text, m.index - 1) || NOT_BEFORE.includes(n.text[m.index - 1] ?? ' ') || !isPostcode(digits, letters)) continue;
    // a model name: "BMW R 1250 RT"
    if (MODEL_BEFORE.test(n.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const upper = letters === letters.toUpperCase();
    if (!upper && WORDS.has(letters.toLowerCase())) continue;
    // "4096 KB" is a size, "6741 KB Lunteren" a postcode: a place name after it or a house number or "bij" before it decides
    if (upper && UNITS.has(letters) && whole.includes(' ') && !PLACE_AFTER.test(n.text.slice(m.index + whole.length, m.index + whole.length + 24))
      && !PLACE_BEFORE.test(n.text.slice(Math.max(0, m.index - 24), m.index))) continue;
    spans.push({ start: m.index, end: m.index + whole.length, category: 'postcode' });
  }
  return spans;
};
