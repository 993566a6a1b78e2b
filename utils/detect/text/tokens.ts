import type { Normalised } from '../types';
import { isWordCode } from './chars';

/**
 * Letter/digit tokens of a normalised text, held as two arrays of offsets (one
 * object per word would cost more than all the matching); the lower-cased text of a
 * token is sliced only when a recognizer asks for it.
 */
export class Tokens {
  readonly count: number;
  readonly starts: number[] | Int32Array;
  readonly ends: number[] | Int32Array;
  private lowerText: string | null = null;
  /** indexes of the tokens that hold an ASCII digit */
  private readonly withDigits: number[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    // offsets are read into a typed buffer, then copied into arrays of the exact size: growing
    // arrays token by token cost more than the reading itself
    const found = n + 2 <= scratch.length ? scratch : new Int32Array(n + 2);
    let k = 0;
    for (let i = 0; i < n; ) {
      let kind = kindOf(text.charCodeAt(i));
      if (kind === NONE) { i++; continue; }
      const start = i;
      let digit = kind === DIGIT;
      while (++i < n) {
        kind = kindOf(text.charCodeAt(i));
        if (kind === NONE) break;
        if (kind === DIGIT) digit = true;
      }
      if (digit) this.withDigits.push(k >> 1);
      found[k++] = start;
      found[k++] = i;
    }
    const count = (this.count = k >> 1);
    // plain arrays are cheaper to make for a post; a plain array of more than ~100k elements made
    // with new Array(n) is a slow dictionary, so a long text gets typed arrays
    const big = count > 32768;
    this.starts = big ? new Int32Array(count) : new Array<number>(count);
    this.ends = big ? new Int32Array(count) : new Array<number>(count);
    for (let t = 0; t < count; t++) {
      this.starts[t] = found[2 * t]!;
      this.ends[t] = found[2 * t + 1]!;
    }
  }

  start(i: number): number { return this.starts[i]!; }
  end(i: number): number { return this.ends[i]!; }
  length(i: number): number { return this.ends[i]! - this.starts[i]!; }
  /** The token as written. */
  raw(i: number): string { return this.text.slice(this.starts[i], this.ends[i]); }
  /** The token lower-cased. */
  value(i: number): string {
    const lower = this.lower();
    return lower ? lower.slice(this.starts[i], this.ends[i]) : this.raw(i).toLowerCase();
  }
  /** The whole text lower-cased, or '' if that changed its length (offsets would not match). */
  lower(): string {
    if (this.lowerText === null) {
      const lower = this.text.toLowerCase();
      this.lowerText = lower.length === this.text.length ? lower : '';
    }
    return this.lowerText;
  }
  /** Lower-cased first character code (ASCII letters only; others as they are). */
  head(i: number): number {
    const code = this.text.charCodeAt(this.starts[i]!);
    if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
    return String.fromCharCode(code).toLowerCase().charCodeAt(0);
  }
  /** Indexes of the tokens that hold an ASCII digit, ascending (most texts have few). */
  digitTokens(): number[] { return this.withDigits; }
  /** The text between token i-1 and token i. */
  gap(i: number): string { return this.text.slice(this.ends[i - 1], this.starts[i]); }
  gapLength(i: number): number { return this.starts[i]! - this.ends[i - 1]!; }
}

/** Shared by every Tokens while it reads a text of up to 64k characters (one at a time). */
const scratch = new Int32Array(65536 + 2);
const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
/** For ASCII: not a word character, a letter, a digit. */
const ASCII_KIND = new Uint8Array(128).map((_, c) => (c >= 48 && c <= 57 ? DIGIT : isWordCode(c) ? LETTER : NONE));
const kindOf = (code: number): number => (code < 128 ? ASCII_KIND[code]! : isWordCode(code) ? LETTER : NONE);

/** The tokens of a normalised text, computed once for all recognizers. */
export function tokensOf(n: Normalised): Tokens {
  return (n.memo.tokens ??= new Tokens(n.text)) as Tokens;
}

/** Whether a text has any ASCII digit: recognizers of numbers need not look at one without. */
export function hasDigits(n: Normalised): boolean {
  return tokensOf(n).digitTokens().length > 0;
}
