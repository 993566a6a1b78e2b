import type { Recognizer, Span } from './types';
import { tokensOf, type Tokens } from './text/tokens';
import { upperAt } from './text/chars';
import { isStreetName, isStreetWord, STREET_PREFIXES } from './streets';

/**
 * Street addresses: a street name followed by a house number and an optional
 * addition (`Lindelaan 14`, `Kerkstraat 3-bis`, `Oude Gracht 12a`,
 * `Burg. de Withstraat 2 hs`). Works on tokens: a number token is an address
 * when the words before it form a street name; the street's own words (and a
 * few title abbreviations) are included, nothing more.
 */
const ADDITION = /^(?:-?[a-z](?![\p{L}\p{N}])|[ -]?(?:bis|hs|huis|bg|boven|beneden|zw|rd|i{1,3}|iv)(?![\p{L}\p{N}])|-\d{1,3}(?![\p{L}\p{N}:,.]\d)|[ -][a-z](?![\p{L}\p{N}'.-]))/iu;
const HOUSE_NUMBER = /^[1-9]\d{0,3}(?:[a-z]|bis)?$/; // `12a`, `3bis` (an addition glued to the number)
const UNIT_AFTER = /^\s?(?:%|€|x\b|:\d|[.,]\d|(?:jaar|jaren|jr|uur|u\b|min|minuten|sec|seconden|km|m\b|meter|kilometer|keer|x|dagen|dag|weken|maanden|mensen|man|personen|procent|euro|cent|kg|kilo|graden|stuks|huizen|woningen|auto's|auto|kinderen|leden|punten|doelpunten|goals|plaatsen|bussen|agenten|deelnemers|bezoekers|likes|views|reacties|jan|januari|feb|februari|maart|mrt|april|apr|mei|juni|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december)\b)/i;
const PARTICLES = new Set(['van', 'der', 'de', 'den', 'het', 't', 'ter', 'ten', 'op', 'in', 'la']);
/** Any capitalised name after "mijn adres:", "ik woon aan de", "verhuisd naar": `adres: Akkerwinde 7`. */
const CUE = /(?:\badres(?:je)?\s?:?|\bwoon(?:t|de|den|en)?\s(?:nu\s|zelf\s|sinds\s\p{L}+\s|al\s\d+\sjaar\s)?(?:op|aan)(?:\sde|\shet)?|\bverhuisd\snaar(?:\sde|\shet)?)\s?\(?$/iu;

const NAME_START = /^\p{Lu}\p{Ll}/u;
const STREET_GAP = /^(?:\.? |-|\. ?)$/;
const DIGIT_START = /^\d/;
const DIGITS_ONLY = /^\d+$/;
const YEAR = /^(?:19|20)\d\d$/;

const capital = (t: Tokens, i: number): boolean => upperAt(t.text, t.start(i));

/** First token of the street whose last word is token k, or -1. */
function streetStart(t: Tokens, k: number): number {
  if (isStreetName(t.value(k), t.raw(k))) return extendLeft(t, k);
  if (isStreetWord(t.value(k)) && capital(t, k)) {
    // a bare street word ("Gracht") needs a qualifying word before it: "Oude Gracht"
    const left = extendLeft(t, k);
    return left < k ? left : -1;
  }
  const first = streetWordFirst(t, k);
  return first >= 0 ? first : cuedStreet(t, k);
}

/** Streets that start with their street word: "Laan van Meerdervoort 12". */
function streetWordFirst(t: Tokens, k: number): number {
  if (!capital(t, k)) return -1;
  for (let m = k - 2; m >= 0 && k - m <= 5; m--) {
    if (t.gap(m + 1) !== ' ') return -1;
    if (isStreetWord(t.value(m)) && capital(t, m) && PARTICLES.has(t.value(m + 1))) {
      for (let q = m + 2; q <= k; q++) if (!PARTICLES.has(t.value(q)) && !capital(t, q)) return -1;
      return m;
    }
  }
  return -1;
}

function cuedStreet(t: Tokens, k: number): number {
  if (!capital(t, k) || t.length(k) < 3 || !NAME_START.test(t.raw(k))) return -1;
  const first = extendLeft(t, k);
  const at = t.start(first);
  return CUE.test(t.text.slice(Math.max(0, at - 40), at)) ? first : -1;
}

/** Takes capitalised words and street prefixes ("Burg. de", "Prinses") before token k. */
function extendLeft(t: Tokens, k: number): number {
  let first = k;
  for (let m = k - 1; m >= 0 && k - m <= 4; m--) {
    if (!STREET_GAP.test(t.gap(m + 1))) break;
    const prefix = STREET_PREFIXES.has(t.value(m));
    if (!prefix && !capital(t, m)) break;
    first = m;
    if (!prefix) break;
  }
  // the street's own words start with a capital ("Burg. de Withstraat"), not with "op de"
  while (first < k && !capital(t, first) && !DIGIT_START.test(t.raw(first))) first++;
  return first;
}

export const address: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  const t = tokensOf(n);
  // the house number starts with a digit, so only tokens with digits are tried
  for (const num of t.digitTokens()) {
    const k = num - 1;
    if (k < 0) continue;
    const head = t.head(num);
    if (head < 49 || head > 57 || t.length(num) > 7 || t.gapLength(num) !== 1 || text[t.start(num) - 1] !== ' ') continue;
    const value = t.value(num);
    if (!HOUSE_NUMBER.test(value)) continue;
    const first = streetStart(t, k);
    if (first < 0) continue;
    const end = t.end(num);
    if (DIGITS_ONLY.test(value) && UNIT_AFTER.test(text.slice(end, end + 16))) continue;
    const addition = ADDITION.exec(text.slice(end, end + 8));
    if (YEAR.test(value) && !addition) continue; // a year, not a house number
    spans.push({ start: t.start(first), end: end + (addition ? addition[0].length : 0), category: 'address' });
  }
  return spans;
};
