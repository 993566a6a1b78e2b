import type { Normalised } from './types';
import { isWordCode } from './chars';

/**
 * Letter/digit tokens of a normalised text, held in typed arrays (one object
 * per word would cost more than all the matching); the lower-cased text of a
 * token is sliced only when a recognizer asks for it.
 */
export class Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  private lowerText: string | null = null;

  constructor(readonly text: string) {
    const n = text.length;
    let starts: Int32Array = new Int32Array(Math.min(n, 1024) + 1);
    let ends: Int32Array = new Int32Array(starts.length);
    let count = 0;
    for (let i = 0; i < n; ) {
      if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      if (count === starts.length) {
        const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[count] = start;
      ends[count++] = i;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
  }

  start(i: number): number { return this.starts[i]!; }
  end(i: number): number { return this.ends[i]!; }
  length(i: number): number { return this.ends[i]! - this.starts[i]!; }
  /** The token as written. */
  raw(i: number): string { return this.text.slice(this.starts[i], this.ends[i]); }
  /** The token lower-cased. */
  value(i: number): string {
    if (this.lowerText === null) {
      const lower = this.text.toLowerCase();
      this.lowerText = lower.length === this.text.length ? lower : '';
    }
    return this.lowerText ? this.lowerText.slice(this.starts[i], this.ends[i]) : this.raw(i).toLowerCase();
  }
  /** Lower-cased first character code (ASCII letters only; others as they are). */
  head(i: number): number {
    const code = this.text.charCodeAt(this.starts[i]!);
    if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
    return String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  /** The text between token i-1 and token i. */
  gap(i: number): string { return this.text.slice(this.ends[i - 1], this.starts[i]); }
  gapLength(i: number): number { return this.starts[i]! - this.ends[i - 1]!; }
}

const cache = new WeakMap<Normalised, Tokens>();

/** The tokens of a normalised text, computed once for all recognizers. */
export function tokensOf(n: Normalised): Tokens {
  let tokens = cache.get(n);
  if (!tokens) cache.set(n, (tokens = new Tokens(n.text)));
  return tokens;
}
