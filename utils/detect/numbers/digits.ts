import type { Normalised } from '../types';
import { wordAt } from '../text/chars';

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
  for (let i = from; i < to; i++) if (SEPARATORS.indexOf(text[i]!) < 0) return false;
  return to > from;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NEXT_DIGIT = /\d/g;

/** Phone numbers and BSNs have at least nine digits; shorter runs are not kept. */
export const MIN_RUN_DIGITS = 9;

/** The run being read; its chunk objects are only made once a second chunk joins. */
class Reader {
  readonly runs: Run[] = [];
  open = false;
  firstStart = 0;
  firstEnd = 0;
  lastEnd = 0;
  plus = -1;
  digits = 0;
  chunks: Chunk[] | null = null;

  close(): void {
    if (this.open && this.digits >= MIN_RUN_DIGITS) {
      this.runs.push({ chunks: this.chunks ?? [{ start: this.firstStart, end: this.firstEnd, sep: '' }], plus: this.plus, digits: this.digits });
    }
    this.open = false;
    this.chunks = null;
  }

  begin(text: string, start: number, end: number): void {
    this.close();
    this.open = true;
    this.firstStart = start;
    this.firstEnd = end;
    this.digits = 0;
    const before = text[start - 1];
    this.plus = before === '+' ? start - 1 : before === '(' && text[start - 2] === '+' ? start - 2 : -1;
  }
}

export function digitRuns(text: string): Run[] {
  const r = new Reader();
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isDigit(text.charCodeAt(i))) {
      // jump to the next digit
      NEXT_DIGIT.lastIndex = i;
      if (!NEXT_DIGIT.test(text)) break;
      i = NEXT_DIGIT.lastIndex - 1;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (r.open && start - r.lastEnd <= 3 && isSeparator(text, r.lastEnd, start)) {
      r.chunks ??= [{ start: r.firstStart, end: r.firstEnd, sep: '' }];
      r.chunks.push({ start, end: i, sep: text.slice(r.lastEnd, start) });
    } else r.begin(text, start, i);
    r.digits += i - start;
    r.lastEnd = i;
    // a letter glued to the digits ends the run ("KL1234", "A12")
    const next = text.charCodeAt(i);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) r.close();
  }
  r.close();
  return r.runs;
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

/** The digit runs of a normalised text, computed once for all recognizers. */
export function runsOf(n: Normalised): Run[] {
  return (n.memo.runs ??= digitRuns(n.text)) as Run[];
}
