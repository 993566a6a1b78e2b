import type { Recognizer, Span } from './types';
import { normalise } from './text/normalise';
import { tokensOf, type Tokens } from './text/tokens';

/**
 * The officer's own profile terms. Terms and text are compared as compact
 * lower-case letter/digit strings built from whole tokens, so `Mila`,
 * `mila`, `Míla`, `M i l a`, `M.i.l.a` and `Mila's` match, `Milaan` does not
 * (the match must end where a token ends). Common Dutch endings are
 * precompiled into the variant set, so matching is one Set lookup per step.
 */
const ENDINGS = ['s', 'je', 'tje', 'pje', 'kje', 'etje', 'jes', 'tjes', 'ke', 'ie', 'tjie', 'e'];
const LONG_ENDINGS = ['en', 'er', 'ers', 'se'];
/** separators that may sit between the tokens of one (obfuscated) term */
const JOIN = " .-_*'/·|";
const MAX_TOKENS = 40;

export function compact(term: string): string {
  return normalise(term).text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function variants(base: string): string[] {
  const out = [base, ...ENDINGS.map((e) => base + e)];
  if (base.length >= 5) out.push(...LONG_ENDINGS.map((e) => base + e));
  const last = base[base.length - 1] ?? '';
  if (/[aeiou]/.test(last)) out.push(base + last + 'tje', base + last + 'tjes');
  else if (/[bcdfghjklmnpqrstvwxz]/.test(last)) out.push(base + last + 'etje', base + last + 'en', base + last + 'ie');
  return out;
}

export interface CompiledTerms {
  /** every form of every term, with the length of its base (without the ending) */
  full: Map<string, number>;
  prefixes: Set<string>;
  /** first characters of all terms, to skip most tokens without slicing them */
  heads: Set<number>;
  /** first two characters (as c0 * 65536 + c1) of all prefixes of two or more characters */
  pairs: Set<number>;
}

export function compileTerms(terms: readonly string[]): CompiledTerms {
  const full = new Map<string, number>();
  const prefixes = new Set<string>();
  const heads = new Set<number>();
  const pairs = new Set<number>();
  for (const term of terms) {
    const base = compact(term);
    if (base.length < 2) continue;
    heads.add(base.charCodeAt(0));
    for (const v of variants(base)) {
      if (!full.has(v) || v === base) full.set(v, base.length);
      for (let i = 1; i <= v.length; i++) prefixes.add(v.slice(0, i));
      if (v.length >= 2) pairs.add(v.charCodeAt(0) * 65536 + v.charCodeAt(1));
    }
  }
  return { full, prefixes, heads, pairs };
}

export function termRecognizer(compiled: CompiledTerms): Recognizer {
  if (compiled.full.size === 0) return () => [];
  return (n) => {
    const spans: Span[] = [];
    const t = tokensOf(n);
    for (let i = 0; i < t.count; i++) {
      if (!compiled.heads.has(t.head(i)) || !startsLikeTerm(compiled, t, i)) continue;
      let joined = '';
      let best = -1;
      for (let j = i; j < t.count && j - i < MAX_TOKENS; j++) {
        if (j > i && (t.gapLength(j) !== 1 || !JOIN.includes(t.gap(j)))) break;
        const before = joined.length;
        joined += t.value(j);
        if (!compiled.prefixes.has(joined)) break;
        const base = compiled.full.get(joined);
        // an ending belongs to the last word ("Daantje", "Mila's"), never to the next word ("Daan en")
        if (base !== undefined && (base === joined.length || before < base || (before === base && t.gap(j) === "'"))) best = j;
      }
      if (best < 0) continue;
      spans.push({ start: t.start(i), end: t.end(best), category: 'personal_term' });
      i = best;
    }
    return spans;
  };
}

const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * A token of two or more characters can start a term only if its first two (lower-cased)
 * characters start one; checked without slicing the token (ASCII only, else assumed).
 */
function startsLikeTerm(compiled: CompiledTerms, t: Tokens, i: number): boolean {
  if (t.length(i) < 2) return true;
  const a = t.text.charCodeAt(t.start(i));
  const b = t.text.charCodeAt(t.start(i) + 1);
  if (a > 127 || b > 127) return true;
  return compiled.pairs.has(lowerAscii(a) * 65536 + lowerAscii(b));
}
