import type { Recognizer, Span } from './types';
import { tokenise, type Token } from './tokens';
import { isStreetName, isStreetWord, STREET_PREFIXES } from './streets';

/**
 * Street addresses: a street name followed by a house number and an optional
 * addition (`Lindelaan 14`, `Kerkstraat 3-bis`, `Oude Gracht 12a`,
 * `Burg. de Withstraat 2 hs`). Works on tokens: a number token is an address
 * when the words before it form a street name; the street's own words (and a
 * few title abbreviations) are included, nothing more.
 */
const ADDITION = /^(?:-?[a-z](?![\p{L}\p{N}])|[ -]?(?:bis|hs|huis|bg|boven|beneden|zw|rd|i{1,3}|iv)(?![\p{L}\p{N}])|-\d{1,3}(?![\p{L}\p{N}:,.]\d)|[ -][a-z](?![\p{L}\p{N}'.-]))/iu;
const UNIT_AFTER = /^\s?(?:%|€|x\b|:\d|[.,]\d|(?:jaar|jaren|jr|uur|u\b|min|minuten|sec|seconden|km|m\b|meter|kilometer|keer|x|dagen|dag|weken|maanden|mensen|man|personen|procent|euro|cent|kg|kilo|graden|stuks|huizen|woningen|auto's|auto|kinderen|leden|punten|doelpunten|goals|plaatsen|bussen|agenten|deelnemers|bezoekers|likes|views|reacties)\b)/i;

function streetStart(text: string, tokens: Token[], k: number): number {
  // k: index of the street-word token right before the number
  const word = tokens[k]!;
  const original = text.slice(word.start, word.end);
  let first = k;
  if (isStreetName(word.value, original)) {
    // compound street name ("Lindelaan"); take capitalised words before it ("Burg. de Withstraat")
    first = extendLeft(text, tokens, k);
    return first;
  }
  if (!isStreetWord(word.value) || !/^\p{Lu}/u.test(original)) {
    const first = streetWordFirst(text, tokens, k);
    return first >= 0 ? first : cuedStreet(text, tokens, k);
  }
  // a bare street word ("Gracht") needs a qualifying word before it: "Oude Gracht"
  const left = extendLeft(text, tokens, k);
  return left < k ? left : -1;
}

const PARTICLES = new Set(['van', 'der', 'de', 'den', 'het', 't', 'ter', 'ten', 'op', 'in', 'la']);

/** Streets that start with their street word: "Laan van Meerdervoort 12", "Plein 1944 3" is not one. */
function streetWordFirst(text: string, tokens: Token[], k: number): number {
  for (let m = k - 2; m >= 0 && k - m <= 5; m--) {
    const t = tokens[m]!;
    const next = tokens[m + 1]!;
    if (!/^ $/.test(text.slice(t.end, next.start))) return -1;
    if (isStreetWord(t.value) && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && PARTICLES.has(next.value)) {
      for (let q = m + 2; q <= k; q++) {
        const raw = text.slice(tokens[q]!.start, tokens[q]!.end);
        if (!PARTICLES.has(tokens[q]!.value) && !/^\p{Lu}/u.test(raw)) return -1;
      }
      return /^\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end)) ? m : -1;
    }
  }
  return -1;
}

/** Any capitalised name after "mijn adres:", "ik woon aan de", "verhuisd naar": `adres: Akkerwinde 7`. */
const CUE = /(?:\badres(?:je)?\s?:?|\bwoon(?:t|de|den|en)?\s(?:nu\s|zelf\s|sinds\s\p{L}+\s|al\s\d+\sjaar\s)?(?:op|aan)(?:\sde|\shet)?|\bverhuisd\snaar(?:\sde|\shet)?)\s?\(?$/iu;

function cuedStreet(text: string, tokens: Token[], k: number): number {
  if (!/^\p{Lu}\p{Ll}{2,}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end))) return -1;
  const first = extendLeft(text, tokens, k);
  return CUE.test(text.slice(Math.max(0, tokens[first]!.start - 40), tokens[first]!.start)) ? first : -1;
}

function extendLeft(text: string, tokens: Token[], k: number): number {
  let first = k;
  for (let m = k - 1; m >= 0 && k - m <= 4; m--) {
    const t = tokens[m]!;
    const gap = text.slice(t.end, tokens[m + 1]!.start);
    if (!/^(?:\.? |-|\. ?)$/.test(gap)) break;
    const capital = /^\p{Lu}/u.test(text.slice(t.start, t.end));
    if (!STREET_PREFIXES.has(t.value) && !capital) break;
    first = m;
    if (!STREET_PREFIXES.has(t.value)) break;
  }
  // the street's own words start with a capital ("Burg. de Withstraat"), not with "op de"
  while (first < k && !/^[\p{Lu}\d]/u.test(text.slice(tokens[first]!.start, tokens[first]!.end))) first++;
  return first;
}

export const address: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  const tokens = tokenise(text);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const num = tokens[k + 1]!;
    if (!/^[1-9]\d{0,3}[a-z]?$/.test(num.value)) continue;
    if (!/^ ?$/.test(text.slice(tokens[k]!.end, num.start)) || tokens[k]!.end === num.start) continue;
    const first = streetStart(text, tokens, k);
    if (first < 0) continue;
    if (/^[1-9]\d{0,3}$/.test(num.value) && UNIT_AFTER.test(text.slice(num.end, num.end + 16))) continue;
    const addition = ADDITION.exec(text.slice(num.end, num.end + 8));
    const year = /^(?:19|20)\d\d$/.test(num.value) && !addition;
    if (year) continue;
    spans.push({ start: tokens[first]!.start, end: num.end + (addition ? addition[0].length : 0), category: 'address' });
  }
  return spans;
};
