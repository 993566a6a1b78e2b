import type { Recognizer, Span } from '../types';
import { hasDigits } from '../text/tokens';

/**
 * IBANs of any country: country code, two check digits, then the account
 * part of the length that country uses (grouped in fours or not), accepted
 * only when the ISO 13616 mod-97 check holds.
 */
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function ibanChecksumValid(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

const START = /([A-Za-z]{2})(\d{2})/g;
const isAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSeparatorCode = (c: number): boolean => c === 32 || c === 45 || c === 46;

/** End of an account part of `length` characters from `from` (single separators allowed), or -1. */
function accountEnd(text: string, from: number, length: number): number {
  let count = 0;
  let i = from;
  while (count < length && i < text.length) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) { count++; i++; }
    else if (isSeparatorCode(c) && isAlnumCode(text.charCodeAt(i - 1)) && isAlnumCode(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return count === length && !isAlnumCode(text.charCodeAt(i)) ? i : -1;
}

export const iban: Recognizer = (n) => {
  const spans: Span[] = [];
  if (!hasDigits(n)) return spans;
  const text = n.text;
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const length = LENGTHS[m[1]!.toUpperCase()];
    if (!length || isAlnumCode(text.charCodeAt(m.index - 1))) continue;
    const end = accountEnd(text, m.index, length);
    if (end < 0 || !ibanChecksumValid(text.slice(m.index, end).replace(/[ .-]/g, ''))) continue;
    spans.push({ start: m.index, end, category: 'iban' });
    START.lastIndex = end;
  }
  return spans;
};
