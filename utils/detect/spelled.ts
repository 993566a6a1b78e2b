import type { Recognizer, Span } from './types';
import { tokenise } from './tokens';
import { isPersonalPhone } from './phone-validate';

/**
 * Phone numbers spelled out in Dutch words (`nul zes een twee drie …`), also
 * mixed with digits (`nul 6 12 34 56 78`). Needs three number words or a
 * leading `nul`/`plus`, so ordinary sentences with "een" never qualify.
 */
const WORDS: Record<string, string> = {
  nul: '0', een: '1', eén: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9',
  plus: '+', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const GAP = /^[\s,.\-/]{1,3}$/;

export const spelledPhone: Recognizer = (n) => {
  const spans: Span[] = [];
  const tokens = tokenise(n.text);
  for (let i = 0; i < tokens.length; i++) {
    const firstValue = WORDS[tokens[i]!.value] ?? tokens[i]!.value;
    if (firstValue !== '0' && firstValue !== '+' && !/^0\d*$/.test(firstValue)) continue;
    let digits = '';
    let words = 0;
    let best = -1;
    const spelledStart = WORDS[tokens[i]!.value] !== undefined;
    for (let j = i; j < tokens.length && j - i < 20; j++) {
      const t = tokens[j]!;
      if (j > i && !GAP.test(n.text.slice(tokens[j - 1]!.end, t.start))) break;
      const word = WORDS[t.value];
      if (word !== undefined) words++;
      const value = word ?? (/^\d{1,4}$/.test(t.value) ? t.value : null);
      if (value === null || (value === '+' && j > i)) break;
      digits += value;
      if ((words >= 3 || (spelledStart && words >= 1)) && digits.replace('+', '').length >= 9 && isPersonalPhone(digits)) best = j;
      if (digits.length > 16) break;
    }
    if (best < 0) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[best]!.end, category: 'phone' });
    i = best;
  }
  return spans;
};
