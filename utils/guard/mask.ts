import type { Finding } from '../detect/index';
import { familyNamePart } from '../detect/family/family';

/** What replaces a finding when the officer lets Schildwacht leave it out. */
export const MASK = '•••';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** What to leave out of a finding: a named family member keeps the relation word ("mijn dochter •••"). */
function maskedPart(f: Pick<Finding, 'start' | 'end'> & Partial<Pick<Finding, 'category' | 'text'>>): { start: number; end: number } {
  if (f.category !== 'family' || !f.text) return f;
  const [from, to] = familyNamePart(f.text);
  return { start: f.start + from, end: f.start + to };
}

/** One edit per stretch of found text (overlapping findings merged), last first so offsets stay valid. */
export function maskEdits(findings: readonly (Pick<Finding, 'start' | 'end'> & Partial<Pick<Finding, 'category' | 'text'>>)[], mask = MASK): Edit[] {
  const sorted = findings.map(maskedPart).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Edit[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ start: f.start, end: f.end, replacement: mask });
  }
  return merged.reverse();
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}
