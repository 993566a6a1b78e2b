import type { Recognizer, Span } from './types';
import { tokensOf, type Tokens } from './tokens';

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
    if (groups && groups.join() !== grouping.join()) continue;
    if ([...chars].every((ch, k) => fits(ch, shape[k] === 'D'))) return i + 1;
  }
  return 0;
}

function fits(ch: string, digit: boolean): boolean {
  if (/\d/.test(ch)) return digit || ch === '0';
  if (/[A-Z]/i.test(ch)) return !digit || ch === 'O' || ch === 'o';
  return false;
}

const RDW_LETTERS = /^[BDFGHJKLMNPRSTVWXZ0-9O]+$/i;
const VEHICLE = /\b(?:kenteken\w*|nummerbord\w*|nummerplaat\w*|auto'?s?|wagen|bus|busje|bestelbus\w*|scooter\w*|brommer\w*|motor(?:fiets)?|caravan|camper|aanhanger|vrachtwagen\w*|truck|suv|taxi|geparkeerd\w*|parkeer\w*|rijdt|reed|rijden|plate|car|vehicle|bmw|audi|volvo|tesla|golf|polo|opel|toyota|kia|renault|peugeot|mercedes|skoda|fiat|ford|seat|hyundai|volkswagen|vw|citroen|mazda|nissan|dacia|mini|jeep|porsche|rdw)\b/i;
const NOT_VEHICLE = /\b(?:vlucht\w*|flight|gate|versie|version|artikel\w*|art|model|type|serie\w*|code|order\w*|bestel\w*|zaak\w*|pv|bon|ticket)\W{0,3}$/i;
const NOT_BEFORE = '-_./@#';

/** Candidate plates: one six-character token, or three tokens joined by the same dash or space. */
function* candidates(t: Tokens): Generator<{ start: number; end: number; groups: string[]; sep: string }> {
  const text = t.text;
  const gluedAfter = (end: number): boolean => /^[-./][\p{L}\p{N}]/u.test(text.slice(end, end + 2));
  for (let i = 0; i < t.count; i++) {
    if (t.length(i) > 6 || NOT_BEFORE.includes(text[t.start(i) - 1] ?? ' ')) continue;
    if (t.length(i) === 6) {
      if (!gluedAfter(t.end(i))) yield { start: t.start(i), end: t.end(i), groups: [t.raw(i)], sep: '' };
      continue;
    }
    if (i + 2 >= t.count || t.end(i + 2) - t.start(i) > 8) continue;
    const sep = t.gap(i + 1);
    if ((sep !== '-' && sep !== ' ') || t.gap(i + 2) !== sep || gluedAfter(t.end(i + 2))) continue;
    yield { start: t.start(i), end: t.end(i + 2), groups: [t.raw(i), t.raw(i + 1), t.raw(i + 2)], sep };
  }
}

export const plate: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  for (const c of candidates(tokensOf(n))) {
    const chars = c.groups.join('');
    if (chars.length !== 6 || !/\d/.test(chars) || !/[A-Za-z]/.test(chars)) continue;
    const dashed = c.sep === '-';
    const upper = chars === chars.toUpperCase();
    // spaced plates are written in capitals; undashed ones use the RDW's consonants only
    if (c.sep === ' ' && !upper) continue;
    if (!dashed && !RDW_LETTERS.test(chars)) continue;
    if (!sideCode(chars.toUpperCase(), c.sep ? c.groups.map((g) => g.length) : undefined)) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    if (NOT_VEHICLE.test(before.slice(-24))) continue;
    if (!(dashed && upper) && !VEHICLE.test(before + ' ' + text.slice(c.end, c.end + 60))) continue;
    spans.push({ start: c.start, end: c.end, category: 'license_plate' });
  }
  return spans;
};
