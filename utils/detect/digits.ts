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
  /** offset of a '+' right before the first chunk, else -1 */
  plus: number;
}

const SEPARATOR = /^[ \-./()]{1,3}$/;
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
    const between = current && start - prevEnd <= 3 ? text.slice(prevEnd, start) : '';
    if (current && SEPARATOR.test(between)) {
      current.chunks.push({ start, end: i, sep: between });
    } else {
      if (current) runs.push(current);
      const before = text[start - 1];
      const plusAt = before === '+' ? start - 1 : before === '(' && text[start - 2] === '+' ? start - 2 : -1;
      current = { chunks: [{ start, end: i, sep: '' }], plus: plusAt };
    }
    // a letter glued to the digits ends the run ("KL1234", "A12")
    if (i < n && /[A-Za-z]/.test(text[i]!)) { runs.push(current); current = null; }
  }
  if (current) runs.push(current);
  return runs;
}

/** The letter or digit right before a run, or right after it, glued to it. */
export function gluedBefore(text: string, run: Run): boolean {
  const first = run.chunks[0]!;
  const at = run.plus >= 0 ? run.plus : first.start;
  return at > 0 && /[\p{L}\p{N}_]/u.test(text[at - 1]!);
}

export function gluedAfter(text: string, run: Run): boolean {
  const last = run.chunks[run.chunks.length - 1]!;
  return last.end < text.length && /[\p{L}\p{N}_]/u.test(text[last.end]!);
}
