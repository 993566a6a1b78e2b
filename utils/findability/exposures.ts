import type { Finding } from '../detect/index';
import { normalise } from '../detect/text/normalise';
import { type Profile, type TermGroup, termGroups } from '../profile';
import type { Exposure } from './record';

function compact(s: string): string {
  return normalise(s).text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The profile term a `personal_term` finding stands for: the longest term the
 * found text starts with once both are compacted (`Mila's` → `Mila`).
 */
export function termFor(found: string, profile: Profile): { term: string; group: TermGroup } | null {
  const text = compact(found);
  let best: { term: string; group: TermGroup; length: number } | null = null;
  for (const group of termGroups) {
    for (const term of profile.terms[group]) {
      const c = compact(term);
      if (c.length >= 2 && text.startsWith(c) && (!best || c.length > best.length)) best = { term, group, length: c.length };
    }
  }
  return best && { term: best.term, group: best.group };
}

/** A canonical form of found data, so the same piece on two pages becomes one node. */
export function canonical(finding: Finding): string {
  const text = finding.text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
  switch (finding.category) {
    case 'postcode':
      return text.replace(/\s+/g, '').toUpperCase().replace(/^(\d{4})/, '$1 ');
    case 'license_plate':
    case 'iban':
      return text.toUpperCase();
    case 'email':
      return text.toLowerCase();
    default:
      return text.slice(0, 500);
  }
}

/** What a page exposes: every finding reduced to a piece with a count. */
export function summarise(findings: readonly Finding[], profile: Profile): Exposure[] {
  const pieces = new Map<string, Exposure>();
  for (const f of findings) {
    const match = f.category === 'personal_term' ? termFor(f.text, profile) : null;
    const value = match?.term ?? canonical(f);
    if (!value) continue;
    const key = `${f.category}\u0000${value}`;
    const seen = pieces.get(key);
    if (seen) seen.count += 1;
    else pieces.set(key, { category: f.category, value, group: match?.group ?? null, count: 1 });
  }
  return [...pieces.values()];
}
