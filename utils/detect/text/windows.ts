import { wordAt } from './chars';

const MAX_WORD = 64;

/**
 * The stretches of text around every keyword hit (`hits`: flat [index, length, …], ascending;
 * widened to word boundaries, merged when they overlap): bounded patterns run only there.
 * With `inLine`, a window also stops at a line break (for patterns that never cross one); `keep`
 * may turn a hit down ("me" where only "ME" counts).
 */
export function windows(text: string, hits: readonly number[], before: number, after: number, inLine = false,
  keep?: (at: number, length: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  const lines = inLine && hits.length > 0 && text.includes('\n');
  for (let h = 0; h < hits.length; h += 2) {
    const index = hits[h]!;
    const length = hits[h + 1]!;
    if (keep && !keep(index, length)) continue;
    const last = out[out.length - 1];
    // Widen to whole words, but never back into the previous window or beyond a bound:
    // one long "word" full of keyword hits ("omaomaoma…") must stay linear.
    const floor = Math.max(last ? last[1] : 0, index - before - MAX_WORD);
    let from = Math.max(floor, index - before);
    while (from > floor && wordAt(text, from - 1)) from--;
    const ceiling = Math.min(text.length, index + length + after + MAX_WORD);
    let to = Math.min(text.length, index + length + after);
    while (to < ceiling && wordAt(text, to)) to++;
    if (lines) [from, to] = lineOf(text, index, from, to);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The text of each window, cut once for every pattern run over them. */
export const partsOf = (text: string, wins: readonly (readonly [number, number])[]): string[] => wins.map(([from, to]) => text.slice(from, to));

/**
 * Runs global patterns over the windows (their text `parts`, cut here if not given) and returns their
 * matches as absolute [start, end), pattern by pattern (on a long text each regex's code stays hot while
 * it runs over every window).
 */
export function matchesIn(text: string, wins: readonly (readonly [number, number])[], patterns: readonly RegExp[], parts = partsOf(text, wins)): [number, number][] {
  const out: [number, number][] = [];
  for (const re of patterns) {
    for (let w = 0; w < wins.length; w++) {
      const part = parts[w]!;
      const from = wins[w]![0];
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        out.push([from + m.index, from + m.index + m[0].length]);
      }
    }
  }
  return out;
}

/** [from, to) narrowed to the line that holds `at`; only [from, to) is searched, so it stays linear. */
function lineOf(text: string, at: number, from: number, to: number): [number, number] {
  let start = at;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  let end = at;
  while (end < to && text.charCodeAt(end) !== 10) end++;
  return [start, end];
}
