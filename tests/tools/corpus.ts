/**
 * Reads a corpus in the JSON Lines format of shared/pii-spec.md. Every line is
 * checked with zod before anything is used; a bad line is reported with its
 * line number, and nothing of a half-read corpus is returned.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { categories, type Category } from '../../utils/detect/index';

const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  category: z.enum(categories as [Category, ...Category[]]),
}).refine((s) => s.end > s.start, { message: 'end must be greater than start' });

export const corpusLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  profile: z.object({ terms: z.array(z.string()) }).optional(),
  spans: z.array(spanSchema).optional(),
});
export type CorpusLine = z.infer<typeof corpusLineSchema>;
/** The detect command ignores gold spans, so it does not check them either. */
const inputLineSchema = corpusLineSchema.extend({ spans: z.unknown().optional() });
export type GoldSpan = z.infer<typeof spanSchema>;

export class CorpusError extends Error {}

export function parseCorpus(content: string, name: string, withSpans = true): CorpusLine[] {
  const lines: CorpusLine[] = [];
  const raw = content.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const source = raw[i]!.replace(/\r$/, '');
    if (source.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      throw new CorpusError(`${name}: line ${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = (withSpans ? corpusLineSchema : inputLineSchema).safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CorpusError(`${name}: line ${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    const line = (withSpans ? parsed.data : { ...parsed.data, spans: undefined }) as CorpusLine;
    for (const span of line.spans ?? []) {
      if (span.end > line.text.length) {
        throw new CorpusError(`${name}: line ${i + 1}: span ${span.start}-${span.end} runs past the end of the text`);
      }
    }
    lines.push(line);
  }
  return lines;
}

export function readCorpus(path: string, withSpans = true): CorpusLine[] {
  let content: string;
  try {
    content = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new CorpusError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseCorpus(content, path, withSpans);
}

/**
 * The id prefixes of the lines one may tune on (their errors are listed, the police model trains on
 * them): the hand-labelled and combined lines and the development batches. The others (b-, h-, f-,
 * w-, y-, v-) are only ever scored as figures.
 */
export const TUNABLE_PREFIXES = [...'scdejgiklmnopqrutxaz', 'da', 'db', 'dc', 'dd', 'de', 'df', 'dh', 'dj', 'dk', 'dl', 'dm', 'dn', 'do', 'dp', 'dq', 'dr', 'ds', 'du', 'dv', 'dx'];
export const TUNABLE = new RegExp(`^(?:${TUNABLE_PREFIXES.join('|')})-`);
/** A line's batch: its id up to the dash ("x" of "x-017", "da" of "da-003"). */
export const batchOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf('-')));
