import type { Recognizer, Span } from '../types';
import { runsOf, type Run } from './digits';
import { letterAt, wordAt } from '../text/chars';

/**
 * Citizen service numbers (BSN): nine digits, written in one go or grouped
 * with dots or spaces, that pass the 11-test. Numbers that start with zeros
 * only ("000…"), and numbers labelled as order, ticket or case numbers are not.
 */
export function elevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits.startsWith('000')) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

const OTHER_NUMBER = /(?:order|bestel|artikel|art|zaak|dossier|ticket|factuur|klant|referentie|ref|registratie|pv|bon|track(?:ing)?|pakket|polis|tel|telefoon|bel|lidmaatschaps|lid|kvk|btw|reserverings|boekings|transactie|mutatie|incident|meld|bmr|vlucht|serie|kenmerk)(?:nummer|nr|no|code)?\.?\s*[:#]?\s*$/i;
const BSN_CONTEXT = /(?:bsn|burgerservicenummer|sofi(?:nummer)?)\W{0,6}$/i;

function bsnWindow(text: string, run: Run, i: number): number {
  let digits = '';
  for (let j = i; j < run.chunks.length; j++) {
    const c = run.chunks[j]!;
    if (j > i && c.sep !== ' ' && c.sep !== '.') return -1;
    digits += text.slice(c.start, c.end);
    if (digits.length > 9 || digits.startsWith('000')) return -1;
    if (digits.length === 9) {
      const next = run.chunks[j + 1];
      // "123.456.789.0": the nine digits are part of a longer grouped number
      if (next && next.sep.length === 1 && next.sep !== ' ') return -1;
      return elevenTest(digits) ? j : -1;
    }
  }
  return -1;
}

export const bsn: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  for (const run of runsOf(n)) {
    if (run.digits < 9) continue;
    for (let i = 0; i < run.chunks.length; i++) {
      const c = run.chunks[i]!;
      if (i > 0 && c.sep.length === 1 && c.sep !== ' ') continue;
      if (i === 0 && (wordAt(text, c.start - 1) || text[c.start - 1] === '_')) continue;
      const j = bsnWindow(text, run, i);
      if (j < 0) continue;
      const end = run.chunks[j]!.end;
      if (letterAt(text, end) || text[end] === '_') continue;
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      if (OTHER_NUMBER.test(before) && !BSN_CONTEXT.test(before)) continue;
      spans.push({ start: c.start, end, category: 'bsn' });
      i = j;
    }
  }
  return spans;
};
