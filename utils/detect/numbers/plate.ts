import type { Recognizer, Span } from '../types';
import { hasDigits, tokensOf, type Tokens } from '../text/tokens';
import { wordAt } from '../text/chars';

/**
 * Dutch licence plates in the RDW side codes 1–14. A plate written with
 * dashes in its side code's grouping always counts; written without dashes
 * (or with spaces, or in lower case) it counts only when the text around it is
 * about a vehicle. `O` in a digit position is read as `0` (and vice versa).
 */
const SIDE_CODES: readonly [string, number[]][] = [
  ['LLDDDD', [2, 2, 2]], ['DDDDLL', [2, 2, 2]], ['DDLLDD', [2, 2, 2]], ['LLDDLL', [2, 2, 2]], ['LLLLDD', [2, 2, 2]],
  ['DDLLLL', [2, 2, 2]], ['DDLLLD', [2, 3, 1]], ['DLLLDD', [1, 3, 2]], ['LLDDDL', [2, 3, 1]], ['LDDDLL', [1, 3, 2]],
  ['LLLDDL', [3, 2, 1]], ['LDDLLL', [1, 2, 3]], ['DLLDDD', [1, 2, 3]], ['DDDLLD', [3, 2, 1]],
];

/** The side code (1–14) of a plate's six characters in the given grouping, or 0. */
export function sideCode(chars: string, groups?: readonly number[]): number {
  if (chars.length !== 6) return 0;
  for (let i = 0; i < SIDE_CODES.length; i++) {
    const [shape, grouping] = SIDE_CODES[i]!;
    if (groups && (groups[0] !== grouping[0] || groups[1] !== grouping[1] || groups[2] !== grouping[2])) continue;
    let k = 0;
    while (k < 6 && fits(chars.charCodeAt(k), shape.charCodeAt(k) === 68)) k++;
    if (k === 6) return i + 1;
  }
  return 0;
}

/** `O` may stand for a zero and `0` for an O. */
function fits(code: number, digit: boolean): boolean {
  if (code >= 48 && code <= 57) return digit || code === 48;
  const upper = code >= 97 && code <= 122 ? code - 32 : code;
  if (upper >= 65 && upper <= 90) return !digit || upper === 79;
  return false;
}

const RDW_LETTERS = /^[BDFGHJKLMNPRSTVWXZ0-9O]+$/i;
const VEHICLE = /\b(?:kenteken\w*|nummerbord\w*|nummerplaat\w*|auto'?s?|wagen|bus|busje|bestelbus\w*|scooter\w*|brommer\w*|motor(?:fiets)?|caravan|camper|aanhanger|vrachtwagen\w*|truck|suv|taxi|geparkeerd\w*|parkeer\w*|rijdt|reed|rijden|plate|car|vehicle|bmw|audi|volvo|tesla|golf|polo|opel|toyota|kia|renault|peugeot|mercedes|skoda|fiat|ford|seat|hyundai|volkswagen|vw|citroen|mazda|nissan|dacia|mini|jeep|porsche|rdw)\b/i;
const FLIGHT = /vlucht|flight|gate|boarding|luchthaven|airport/i;
const NOT_VEHICLE = /\b(?:vlucht\w*|flight|gate|versie|version|artikel\w*|art|model|type|serie\w*|code|order\w*|bestel\w*|zaak\w*|pv|bon|ticket)\W{0,3}$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const NOT_BEFORE = '-_./@#';

interface Candidate { start: number; end: number; groups: string[]; sep: string }

/** A plate glued to more: "AB-12-CD.nl", "12-AB-34-56". */
function gluedAfter(text: string, end: number): boolean {
  return '-./'.includes(text[end] ?? ' ') && wordAt(text, end + 1);
}

/** A candidate plate starting at token i: one six-character token, or three tokens joined by the same dash or space. */
function candidateAt(t: Tokens, i: number): Candidate | null {
  const text = t.text;
  const length = t.length(i);
  if (length > 6 || NOT_BEFORE.includes(text[t.start(i) - 1] ?? ' ')) return null;
  if (length === 6) return gluedAfter(text, t.end(i)) ? null : { start: t.start(i), end: t.end(i), groups: [t.raw(i)], sep: '' };
  if (i + 2 >= t.count || length + t.length(i + 1) + t.length(i + 2) !== 6 || t.gapLength(i + 1) !== 1 || t.gapLength(i + 2) !== 1) return null;
  const sep = t.gap(i + 1);
  if ((sep !== '-' && sep !== ' ') || t.gap(i + 2) !== sep || gluedAfter(text, t.end(i + 2))) return null;
  return { start: t.start(i), end: t.end(i + 2), groups: [t.raw(i), t.raw(i + 1), t.raw(i + 2)], sep };
}

/** A plate holds a digit, so only a token with one, or one or two tokens before it, can start a plate. */
function candidates(t: Tokens): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (const d of t.digitTokens()) {
    for (let i = Math.max(next, d - 2); i <= d; i++) {
      const c = candidateAt(t, i);
      if (c) out.push(c);
    }
    next = d + 1;
  }
  return out;
}

export const plate: Recognizer = (n) => {
  const spans: Span[] = [];
  if (!hasDigits(n)) return spans; // every side code has digits
  const text = n.text;
  for (const c of candidates(tokensOf(n))) {
    const chars = c.groups.join('');
    if (chars.length !== 6 || !HAS_DIGIT.test(chars) || !HAS_LETTER.test(chars)) continue;
    const dashed = c.sep === '-';
    const upper = chars === chars.toUpperCase();
    // spaced plates are written in capitals; undashed ones use the RDW's consonants only
    if (c.sep === ' ' && !upper) continue;
    if (!dashed && !RDW_LETTERS.test(chars)) continue;
    if (!sideCode(chars.toUpperCase(), c.sep ? c.groups.map((g) => g.length) : undefined)) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    if (NOT_VEHICLE.test(before.slice(-24)) || (!dashed && FLIGHT.test(before.slice(-40)))) continue;
    if (!(dashed && upper) && !VEHICLE.test(before + ' ' + text.slice(c.end, c.end + 60))) continue;
    spans.push({ start: c.start, end: c.end, category: 'license_plate' });
  }
  return spans;
};
