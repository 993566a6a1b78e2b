import type { Category, DetectOptions, Finding, Recognizer, Span } from './types';
import { normalise, toOriginal } from './normalise';
import { phone } from './phone';
import { email } from './email';
import { postcode } from './postcode';
import { iban } from './iban';
import { bsn } from './bsn';
import { address } from './address';
import { plate } from './plate';
import { birthDate } from './birthdate';
import { geo } from './geo';
import { police } from './police';
import { spelledPhone } from './spelled';
import { compileTerms, termRecognizer } from './terms';

export type { Category, DetectOptions, Finding } from './types';
export { categories } from './types';

/** Recognizers that do not depend on the officer's profile. */
export const recognizers: readonly Recognizer[] = [
  phone, spelledPhone, email, postcode, address, iban, bsn, plate, birthDate, geo, police,
];

/** Digits inside an IBAN or e-mail address are part of it, not a phone number or BSN of their own. */
const CONTAINERS = new Set<Category>(['iban', 'email']);
const CONTAINED = new Set<Category>(['phone', 'bsn', 'postcode', 'license_plate', 'geo']);

function resolve(spans: Span[]): Span[] {
  const containers = spans.filter((s) => CONTAINERS.has(s.category));
  const phones = spans.filter((s) => s.category === 'phone');
  const inside = (s: Span, outer: Span[]): boolean => outer.some((o) => o !== s && o.start <= s.start && s.end <= o.end);
  const overlaps = (s: Span, outer: Span[]): boolean => outer.some((o) => o.start < s.end && s.start < o.end);
  return spans.filter((s) => !(CONTAINED.has(s.category) && inside(s, containers)) && !(s.category === 'bsn' && overlaps(s, phones)));
}

function toFindings(text: string, spansPerRecognizer: Span[][], n: ReturnType<typeof normalise>): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const spans of [resolve(spansPerRecognizer.flat())]) {
    for (const span of spans) {
      const { start, end } = toOriginal(n, span.start, span.end);
      const key = `${start}:${end}:${span.category}`;
      if (end <= start || seen.has(key)) continue;
      seen.add(key);
      findings.push({ start, end, category: span.category as Category, text: text.slice(start, end) });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/** Precompiles the officer's terms once; the returned function is what runs per keystroke. */
export function createDetector(terms: readonly string[]): (text: string) => Finding[] {
  const all = [...recognizers, termRecognizer(compileTerms(terms))];
  return (text: string) => {
    const n = normalise(text);
    return toFindings(text, all.map((r) => r(n)), n);
  };
}

/** Findings over the ORIGINAL text (UTF-16 offsets, end exclusive), sorted by start. */
export function detect(text: string, options?: DetectOptions): Finding[] {
  return createDetector(options?.terms ?? [])(text);
}
