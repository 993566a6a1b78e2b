import type { Recognizer, Span } from './types';
import { tokensOf } from './tokens';
import { isPersonalPhone } from './phone-validate';

/**
 * Phone numbers spelled out in Dutch words (`nul zes een twee drie …`), also
 * mixed with digits (`nul 6 12 34 56 78`). Needs three number words or a
 * leading `nul`/`plus`, so ordinary sentences with "een" never qualify.
 */
const WORDS: Record<string, string> = {
  nul: '0', een: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9',
  plus: '+', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const GAP = /^[\s,.\-/]{1,3}$/;
// first characters of a possible start: 0, n(ul), p(lus), z(ero)
const STARTS = new Set([48, 110, 112, 122]);

export const spelledPhone: Recognizer = (n) => {
  const spans: Span[] = [];
  const t = tokensOf(n);
  for (let i = 0; i < t.count; i++) {
    if (!STARTS.has(t.head(i)) || t.length(i) > 5) continue;
    const spelledStart = WORDS[t.value(i)] !== undefined;
    const firstValue = WORDS[t.value(i)] ?? t.value(i);
    if (firstValue !== '0' && firstValue !== '+' && !/^0\d*$/.test(firstValue)) continue;
    let digits = '';
    let words = 0;
    let best = -1;
    for (let j = i; j < t.count && j - i < 20; j++) {
      if (j > i && (t.gapLength(j) > 3 || !GAP.test(t.gap(j)))) break;
      const word = WORDS[t.value(j)];
      if (word !== undefined) words++;
      const value = word ?? (/^\d{1,4}$/.test(t.value(j)) ? t.value(j) : null);
      if (value === null || (value === '+' && j > i)) break;
      digits += value;
      const count = digits.length - (digits[0] === '+' ? 1 : 0);
      if ((words >= 3 || (spelledStart && words >= 1)) && count >= 9 && isPersonalPhone(digits)) best = j;
      if (digits.length > 16) break;
    }
    if (best < 0) continue;
    spans.push({ start: t.start(i), end: t.end(best), category: 'phone' });
    i = best;
  }
  return spans;
};
