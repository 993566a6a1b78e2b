import type { DetectOptions, Finding, Normalised, Recognizer, Span } from './types';
import { normalise, toOriginal } from './text/normalise';
import { phone } from './numbers/phone';
import { email } from './email';
import { postcode } from './numbers/postcode';
import { iban } from './numbers/iban';
import { bsn } from './numbers/bsn';
import { address } from './address';
import { plate } from './numbers/plate';
import { birthDate } from './numbers/birthdate';
import { geo } from './numbers/geo';
import { police } from './police/index';
import { family } from './family/family';
import { school } from './family/school';
import { spelledPhone } from './numbers/spelled';
import { compileTerms, termRecognizer } from './terms';
import { incremental } from './incremental';
import { resolve } from './resolve';

export type { Category, DetectOptions, Finding } from './types';
export { categories, pageComputable } from './types';

/** Recognizers that do not depend on the officer's profile. */
export const recognizers: readonly Recognizer[] = [
  phone, spelledPhone, email, postcode, address, iban, bsn, plate, birthDate, geo, police, family, school,
];

export const byPosition = (a: Finding, b: Finding): number =>
  a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);

/** Maps normalised spans back to the original text (resolve leaves one span per stretch and category). */
function toFindings(n: Normalised, spans: Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const span of resolve(spans)) {
    const { start, end } = toOriginal(n, span.start, span.end);
    if (end > start) findings.push({ start, end, category: span.category, text: n.original.slice(start, end) });
  }
  return findings.sort(byPosition);
}

/** Precompiles the officer's terms once; the returned function is what runs per keystroke. */
export function createDetector(terms: readonly string[]): (text: string) => Finding[] {
  return incremental(fullDetector(terms));
}

function fullDetector(terms: readonly string[]): (text: string) => Finding[] {
  const all = [...recognizers, termRecognizer(compileTerms(terms))];
  return (text: string) => {
    const n = normalise(text);
    const spans: Span[] = [];
    for (const r of all) for (const span of r(n)) spans.push(span);
    return toFindings(n, spans);
  };
}

/** Compiled detectors of the last few term lists, so repeated calls do not recompile the terms. */
const compiled = new Map<string, (text: string) => Finding[]>();

/** Findings over the ORIGINAL text (UTF-16 offsets, end exclusive), sorted by start. */
export function detect(text: string, options?: DetectOptions): Finding[] {
  const terms = options?.terms ?? [];
  const key = JSON.stringify(terms);
  let detector = compiled.get(key);
  if (!detector) {
    if (compiled.size >= 16) compiled.clear();
    compiled.set(key, (detector = fullDetector(terms)));
  }
  return detector(text);
}
