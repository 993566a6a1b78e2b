import type { Recognizer, Span } from '../types';
import { gluedAfter, gluedBefore, runsOf, type Run } from './digits';
import { isPersonalPhone } from './phone-validate';

/**
 * Phone numbers: digit runs that start like a phone number (`0…`, `+…`,
 * `00…`), however they are spaced, dotted or dashed, validated by
 * libphonenumber-js. Dates that happen to precede other digits are skipped.
 */
const MAX_DIGITS = 15;
const len = (x: { start: number; end: number }): number => x.end - x.start;

function looksLikeDate(text: string, run: Run, i: number): boolean {
  const [a, b, c] = [run.chunks[i], run.chunks[i + 1], run.chunks[i + 2]];
  if (!a || !b || !c) return false;
  if (len(a) > 2 || len(b) > 2 || (len(c) !== 4 && len(c) !== 2) || b.sep !== c.sep || b.sep.trim() === '') return false;
  // "06.12.34.56.78" goes on in the same rhythm: a number written in pairs, not a date
  if (run.chunks[i + 3]?.sep === b.sep) return false;
  return +text.slice(a.start, a.end) <= 31 && +text.slice(b.start, b.end) <= 12;
}

/** Longest valid phone number starting at chunk i; returns the last chunk index or -1. */
function phoneAt(text: string, run: Run, i: number): number {
  const first = run.chunks[i]!;
  const intl = (i === 0 && run.plus >= 0) || text.startsWith('00', first.start);
  if (!intl && text.charCodeAt(first.start) !== 48) return -1;
  if (!intl && looksLikeDate(text, run, i)) return -1;
  let digits = '';
  let found = -1;
  for (let j = i; j < run.chunks.length && digits.length <= MAX_DIGITS + 2; j++) {
    const c = run.chunks[j]!;
    const part = text.slice(c.start, c.end);
    // "+31 (0)6 …": the trunk zero in brackets is not dialled
    if (intl && j > i && part === '0' && c.sep.endsWith('(')) continue;
    digits += part;
    // "0 0…" is no national number, "+0…" and "000…" no international one
    const lead = intl ? (digits.startsWith('00') ? 2 : 0) : 1;
    if (digits.length > lead && digits.charCodeAt(lead) === 48) return found;
    if (!intl && digits.length > 10) break;
    if (digits.length < 9 || (!intl && digits.length !== 10)) continue;
    if (isPersonalPhone(intl ? '+' + digits.replace(/^00/, '') : digits)) found = j;
  }
  return found;
}

export const phone: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  for (const run of runsOf(n)) {
    if (run.digits < 9 || (gluedBefore(text, run) && run.plus < 0)) continue;
    for (let i = 0; i < run.chunks.length; i++) {
      const j = phoneAt(text, run, i);
      if (j < 0) continue;
      if (j === run.chunks.length - 1 && gluedAfter(text, run)) break;
      const first = run.chunks[i]!;
      const last = run.chunks[j]!;
      let start = i === 0 && run.plus >= 0 ? run.plus : first.start;
      if (text[start - 1] === '(') start--;
      const end = text[last.end] === ')' && text.lastIndexOf('(', last.end) >= start ? last.end + 1 : last.end;
      spans.push({ start, end, category: 'phone' });
      i = j;
    }
  }
  return spans;
};
