import type { Span } from '../types';

/** The patterns' findings, asked whether any overlaps a range: a post has a few, a long text thousands (then sorted by start and searched). */
export class Found {
  private readonly spans: readonly Span[];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private longest = 0;

  constructor(spans: readonly Span[]) {
    this.spans = spans;
    if (spans.length <= 16) return;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      this.starts.push(s.start);
      this.ends.push(s.end);
      this.longest = Math.max(this.longest, s.end - s.start);
    }
  }

  overlaps(start: number, end: number): boolean {
    if (this.spans.length <= 16) return this.spans.some((s) => s.start < end && s.end > start);
    // the first finding that starts at or after `end`; only the ones before it, back to the longest's reach, can overlap
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.starts[i]! >= start - this.longest; i--) if (this.ends[i]! > start) return true;
    return false;
  }
}
