import type { OffsetMap } from './text/offsets';

/** The categories of identifying data, as fixed by shared/pii-spec.md. */
export type Category =
  | 'phone' | 'email' | 'postcode' | 'address' | 'iban' | 'bsn'
  | 'license_plate' | 'birth_date' | 'geo' | 'police_affiliation' | 'family' | 'school' | 'personal_term';

/**
 * Findings a page could compute from its own text (a phone number, a postcode), as opposed to
 * matches of the officer's profile. Only these are ever drawn in a page: the layout of marks for
 * profile terms would tell a page which words it showed are the officer's (README, threat model).
 */
export const pageComputable = (f: { category: Category }) => f.category !== 'personal_term';

export const categories: readonly Category[] = [
  'phone', 'email', 'postcode', 'address', 'iban', 'bsn',
  'license_plate', 'birth_date', 'geo', 'police_affiliation', 'family', 'school', 'personal_term',
];

export interface Finding {
  start: number;
  end: number;
  category: Category;
  /** matched original text */
  text: string;
}

export interface DetectOptions {
  terms?: readonly string[];
}

/** A span over the NORMALISED text; index.ts maps it back to the original. */
export interface Span {
  start: number;
  end: number;
  category: Category;
}

/** The normalised copy of a text, with for every unit the original range it came from. */
export interface Normalised {
  readonly original: string;
  readonly text: string;
  /** where the normalised units come from in the original (null: the text is the original, unit for unit) */
  readonly map: OffsetMap | null;
  /** what recognizers compute once and share (tokens, digit runs, e-mail addresses) */
  readonly memo: Record<string, unknown>;
}

export type Recognizer = (n: Normalised) => Span[];
