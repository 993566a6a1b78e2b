import type { Category, Span } from './types';

/**
 * Settles what one stretch of text is: digits inside an IBAN or e-mail address
 * are part of it, not a phone number, BSN or postcode of their own, and nine
 * digits that are part of a phone number are not a BSN. Linear-logarithmic, so
 * thousands of findings cost no more than the scanning did.
 */
const CONTAINERS = new Set<Category>(['iban', 'email']);
const CONTAINED = new Set<Category>(['phone', 'bsn', 'postcode', 'license_plate', 'geo']);

/** Spans sorted by start, with the furthest end reached by any span up to each index. */
class Reach {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = -1;
    this.maxEnd = sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** Furthest end among spans starting at or before `at` (inclusive) or before it. */
  endBefore(at: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? this.starts[mid]! <= at : this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : this.maxEnd[lo - 1]!;
  }
}

/** Overlapping spans of one category become one span covering both. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : a.start - b.start));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.category === s.category && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function resolve(found: Span[]): Span[] {
  if (found.length < 2) return found.map((s) => ({ ...s }));
  const spans = merge(found);
  // nothing to settle without an IBAN or e-mail address around digits, or a BSN that may be a phone number's
  if (!spans.some((s) => CONTAINERS.has(s.category) || s.category === 'bsn')) return spans;
  const containers = new Reach(spans.filter((s) => CONTAINERS.has(s.category)));
  const phones = new Reach(spans.filter((s) => s.category === 'phone'));
  return spans.filter((s) => {
    if (CONTAINED.has(s.category) && containers.endBefore(s.start, true) >= s.end) return false;
    return !(s.category === 'bsn' && phones.endBefore(s.end, false) > s.start);
  });
}
