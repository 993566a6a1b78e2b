import type { Recognizer, Span } from './types';
import { tokensOf } from './tokens';
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
// first characters of a possible start: n(ul), p(lus), z(ero)
const STARTS = new Set([110, 112, 122]);
const FIRST = new Set(['nul', 'plus', 'zero']);
// their second characters (lower case): most words that start like them are ruled out without slicing
const SECONDS = new Set([117, 108, 101]);
/** A text without one of the start words (any case) holds no spelled number: one quick test instead of a pass over its tokens. */
const ANY_START = /nul|plus|zero/i;

export const spelledPhone: Recognizer = (n) => {
  const spans: Span[] = [];
  if (!ANY_START.test(n.text)) return spans;
  const t = tokensOf(n);
  for (let i = 0; i < t.count; i++) {
    const length = t.length(i);
    if (length < 3 || length > 4 || !STARTS.has(t.head(i)) || !SECONDS.has(t.text.charCodeAt(t.start(i) + 1) | 32) || !FIRST.has(t.value(i))) continue;
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
    if (best < 0) continue;
    spans.push({ start: t.start(i), end: t.end(best), category: 'phone' });
    i = best;
  }
  return spans;
};
