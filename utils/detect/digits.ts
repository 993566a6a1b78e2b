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
  for (let i = from; i < to; i++) if (SEPARATORS.indexOf(text[i]!) < 0) return false;
  return to > from;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NEXT_DIGIT = /\d/g;

/** Phone numbers and BSNs have at least nine digits; shorter runs are not kept. */
export const MIN_RUN_DIGITS = 9;

export function digitRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  // the run being read; its chunk objects are only made once a second chunk joins
  let open = false;
  let firstStart = 0;
  let firstEnd = 0;
  let lastEnd = 0;
  let plus = -1;
  let digits = 0;
  let chunks: Chunk[] | null = null;
  const close = (): void => {
    if (open && digits >= MIN_RUN_DIGITS) runs.push({ chunks: chunks ?? [{ start: firstStart, end: firstEnd, sep: '' }], plus, digits });
    open = false;
    chunks = null;
  };
  for (let i = 0; i < n; ) {
    if (!isDigit(text.charCodeAt(i))) {
      // jump to the next digit
      NEXT_DIGIT.lastIndex = i;
      if (!NEXT_DIGIT.test(text)) break;
      i = NEXT_DIGIT.lastIndex - 1;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (open && start - lastEnd <= 3 && isSeparator(text, lastEnd, start)) {
      chunks ??= [{ start: firstStart, end: firstEnd, sep: '' }];
      chunks.push({ start, end: i, sep: text.slice(lastEnd, start) });
    } else {
      close();
      open = true;
      firstStart = start;
      firstEnd = i;
      digits = 0;
      const before = text[start - 1];
      plus = before === '+' ? start - 1 : before === '(' && text[start - 2] === '+' ? start - 2 : -1;
    }
    digits += i - start;
    lastEnd = i;
    // a letter glued to the digits ends the run ("KL1234", "A12")
    const next = text.charCodeAt(i);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) close();
  }
  close();
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

/** The digit runs of a normalised text, computed once for all recognizers. */
export function runsOf(n: Normalised): Run[] {
  return (n.memo.runs ??= digitRuns(n.text)) as Run[];
}
