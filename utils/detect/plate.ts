import type { Recognizer, Span } from './types';

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
const CANDIDATE = /(?<![\p{L}\p{N}\-_./@#])([A-Za-z0-9]{1,4})([- ]?)([A-Za-z0-9]{1,4})(?:\2([A-Za-z0-9]{1,4}))?(?![\p{L}\p{N}_@]|[-./][\p{L}\p{N}])/gu;

export const plate: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const groups = [m[1]!, m[3]!, m[4]].filter((g): g is string => !!g);
    const chars = groups.join('');
    if (chars.length !== 6 || !/\d/.test(chars) || !/[A-Za-z]/.test(chars)) continue;
    const dashed = m[2] === '-' && groups.length === 3;
    const upper = chars === chars.toUpperCase();
    // spaced plates are written in capitals; undashed ones use the RDW's consonants only
    if (m[2] === ' ' && !upper) continue;
    if (!dashed && !RDW_LETTERS.test(chars)) continue;
    const code = sideCode(chars.toUpperCase(), dashed || m[2] === ' ' ? groups.map((g) => g.length) : undefined);
    if (!code) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const around = before + ' ' + text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (NOT_VEHICLE.test(before)) continue;
    if (!(dashed && upper) && !VEHICLE.test(around)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, category: 'license_plate' });
  }
  return spans;
};
