import type { Normalised } from './types';
import { wordAt } from './chars';

/**
 * Splits a normalised text into runs of digit groups joined by short
 * separators (`06-12 34 56 78`, `(020) 123 4567`, `0 6 1 2 …`). Phone and BSN
 * recognizers work on these runs instead of on backtracking regexes, so one
 * pass over the text is all the scanning there is.
 */
export interface Chunk {
  start: number;
  end: number;
  /** separator text before this chunk ('' for the first chunk of a run) */
  sep: string;
}

export interface Run {
  chunks: Chunk[];
  /** number of digits in all chunks */
  digits: number;
  /** offset of a '+' right before the first chunk, else -1 */
  plus: number;
}

const SEPARATORS = ' -./()';
function isSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!SEPARATORS.includes(text[i]!)) return false;
  return to > from;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function digitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const prevEnd = current ? current.chunks[current.chunks.length - 1]!.end : -1;
    const between = current && start - prevEnd <= 3 && isSeparator(text, prevEnd, start) ? text.slice(prevEnd, start) : '';
    if (current && between) {
      current.chunks.push({ start, end: i, sep: between });
      current.digits += i - start;
    } else {
      if (current) runs.push(current);
      const before = text[start - 1];
      const plusAt = before === '+' ? start - 1 : before === '(' && text[start - 2] === '+' ? start - 2 : -1;
      current = { chunks: [{ start, end: i, sep: '' }], plus: plusAt, digits: i - start };
    }
    // a letter glued to the digits ends the run ("KL1234", "A12")
    const next = text.charCodeAt(i);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) { runs.push(current); current = null; }
  }
  if (current) runs.push(current);
  return runs;
}

/** The letter or digit right before a run, or right after it, glued to it. */
export function gluedBefore(text: string, run: Run): boolean {
  const at = run.plus >= 0 ? run.plus : run.chunks[0]!.start;
  return wordAt(text, at - 1) || text[at - 1] === '_';
}

export function gluedAfter(text: string, run: Run): boolean {
  const end = run.chunks[run.chunks.length - 1]!.end;
  return wordAt(text, end) || text[end] === '_';
}

const cache = new WeakMap<Normalised, Run[]>();

/** The digit runs of a normalised text, computed once for all recognizers. */
export function runsOf(n: Normalised): Run[] {
  let runs = cache.get(n);
  if (!runs) cache.set(n, (runs = digitRuns(n.text)));
  return runs;
}
