/**
 * Where the units of a normalised text come from in the original. Most characters
 * keep their place; only "irregular" ones are stored: characters dropped (zero-width),
 * expanded (ß → ss), shrunk, or of two units (every unit of such a character maps to
 * the whole character). Between them, offsets differ by a constant shift.
 */
export class OffsetMap {
  /** per irregular character: its offset in the normalised text and in the original, its original and normalised length */
  private readonly norm: number[] = [];
  private readonly orig: number[] = [];
  private readonly width: number[] = [];
  private readonly out: number[] = [];

  /** the normalised text's length, known once it is built */
  private normLength = 0;

  constructor(private readonly origLength: number) {}

  seal(normLength: number): void {
    this.normLength = normLength;
  }

  add(norm: number, orig: number, width: number, out: number): void {
    this.norm.push(norm);
    this.orig.push(orig);
    this.width.push(width);
    this.out.push(out);
  }

  get size(): number { return this.norm.length; }

  /** Original offset where normalised unit k comes from (`fallback` past the end). */
  start(k: number, fallback: number): number {
    if (k < 0 || k >= this.normLength) return fallback;
    const g = this.last(k);
    if (g < 0) return k;
    const from = this.norm[g]!;
    return k < from + this.out[g]! ? this.orig[g]! : k + this.orig[g]! + this.width[g]! - from - this.out[g]!;
  }

  /** Original offset (exclusive) where normalised unit k's source ends. */
  end(k: number): number {
    if (k < 0 || k >= this.normLength) return this.origLength;
    const g = this.last(k);
    if (g < 0) return k + 1;
    const from = this.norm[g]!;
    return k < from + this.out[g]! ? this.orig[g]! + this.width[g]! : k + 1 + this.orig[g]! + this.width[g]! - from - this.out[g]!;
  }

  /** The last irregular character that starts at or before normalised offset k, or -1. */
  private last(k: number): number {
    let lo = 0;
    let hi = this.norm.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.norm[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
