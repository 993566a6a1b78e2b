import type { Recognizer, Span } from '../types';
import { tokensOf, type Tokens } from '../text/tokens';
import { isPersonalPhone } from './phone-validate';

/**
 * Phone numbers spelled out in Dutch words (`nul zes een twee drie …`), also
 * mixed with digits (`nul 6 12 34 56 78`). A number must start with a spelled
 * `nul`/`zero`/`plus`, so ordinary sentences with "een" never qualify and runs
 * of plain digits are left to the phone recognizer.
 */
const WORDS: Record<string, string> = {
  nul: '0', een: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9',
  plus: '+', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const SHORT_NUMBER = /^\d{1,4}$/;
const GAP = /^[\s,.\-/]{1,3}$/;
const FIRST = new Set(['nul', 'plus', 'zero']);
/** Where a start word may be (any case): the tokens are looked at only there, not one by one. */
const ANY_START = /nul|plus|zero/gi;

/** The index of the token that starts at `at` (searching from token `from` on), or -1. */
function tokenAt(t: Tokens, at: number, from: number): number {
  let lo = from;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.count && t.start(lo) === at ? lo : -1;
}

/** The last token of the longest personal phone number spelled from token i on, or -1. */
function numberFrom(t: Tokens, i: number): number {
  let digits = '';
  let best = -1;
  for (let j = i; j < t.count && j - i < 20; j++) {
    if (j > i && (t.gapLength(j) > 3 || !GAP.test(t.gap(j)))) break;
    const word = WORDS[t.value(j)];
    const value = word ?? (SHORT_NUMBER.test(t.value(j)) ? t.value(j) : null);
    if (value === null || (value === '+' && j > i)) break;
    digits += value;
    const count = digits.length - (digits[0] === '+' ? 1 : 0);
    if (count >= 9 && isPersonalPhone(digits)) best = j;
    if (digits.length > 16) break;
  }
  return best;
}

export const spelledPhone: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  ANY_START.lastIndex = 0;
  let m = ANY_START.exec(text);
  if (!m) return spans;
  const t = tokensOf(n);
  // a number's tokens are not starts of another (the first token a start may be)
  let next = 0;
  for (; m; m = ANY_START.exec(text)) {
    const i = tokenAt(t, m.index, next);
    if (i < 0 || !FIRST.has(t.value(i))) continue;
    const best = numberFrom(t, i);
    if (best < 0) continue;
    spans.push({ start: t.start(i), end: t.end(best), category: 'phone' });
    next = best + 1;
  }
  return spans;
};
