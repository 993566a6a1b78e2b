import type { Finding } from './types';

/**
 * Per-keystroke detection. Typing changes a few characters; everything far
 * from the edit is found exactly as before, because no recognizer reads more
 * than MARGIN/2 characters around a finding (longest finding plus the widest
 * context window). So only a window around the edit is detected again and the
 * other findings are reused, shifted past the edit. Large or unrelated changes
 * fall back to a full pass.
 */
export const MARGIN = 640;

const byPosition = (a: Finding, b: Finding): number =>
  a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);

const shift = (f: Finding, by: number): Finding => (by === 0 ? f : { ...f, start: f.start + by, end: f.end + by });

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let s = 0;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}

/** Moves a window edge outward to a space or line break, so it does not cut a word. */
function snap(text: string, at: number, step: -1 | 1): number {
  for (let i = at, k = 0; i > 0 && i < text.length && k < 64; i += step, k++) {
    const c = text.charCodeAt(step < 0 ? i - 1 : i);
    if (c === 32 || c === 10) return i;
  }
  return step < 0 ? Math.max(0, at - 64) : Math.min(text.length, at + 64);
}

export function incremental(full: (text: string) => Finding[]): (text: string) => Finding[] {
  let previous: string | null = null;
  let found: Finding[] = [];
  return (text: string): Finding[] => {
    const before = previous;
    previous = text;
    if (before === null || before === text) {
      if (before === null) found = full(text);
      return found.slice();
    }
    const half = MARGIN / 2;
    const p = commonPrefix(before, text);
    const s = commonSuffix(before, text, p);
    const delta = text.length - before.length;
    const innerStart = Math.max(0, p - half);
    const innerEnd = Math.min(text.length, text.length - s + half);
    const from = innerStart === 0 ? 0 : snap(text, innerStart - half, -1);
    const to = innerEnd === text.length ? text.length : snap(text, innerEnd + half, 1);
    if (to - from > text.length * 0.6) return (found = full(text)).slice();
    const fresh = full(text.slice(from, to)).map((f) => shift(f, from)).filter((f) => f.end > innerStart && f.start < innerEnd);
    const kept = found.filter((f) => f.end <= innerStart);
    const after = found.filter((f) => f.start >= innerEnd - delta).map((f) => shift(f, delta));
    found = [...kept, ...fresh, ...after].sort(byPosition);
    return found.slice();
  };
}
