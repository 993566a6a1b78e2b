import type { Recognizer, Span } from './types';
import { normalise } from './normalise';
import { tokenise } from './tokens';

/**
 * The officer's own profile terms. Terms and text are compared as compact
 * lower-case letter/digit strings built from whole tokens, so `Mila`,
 * `mila`, `Míla`, `M i l a`, `M.i.l.a` and `Mila's` match, `Milaan` does not
 * (the match must end where a token ends). Common Dutch endings are
 * precompiled into the variant set, so matching is one Map lookup per step.
 */
const ENDINGS = ['s', 'je', 'tje', 'pje', 'kje', 'etje', 'jes', 'tjes', 'ke', 'ie', 'tjie', 'e'];
const LONG_ENDINGS = ['en', 'er', 'ers', 'se'];
/** separators that may sit between the tokens of one (obfuscated) term */
const JOIN = /^[ .\-_*'/·|]$/;
const MAX_TOKENS = 40;

function compact(term: string): string {
  return normalise(term).text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function variants(base: string): string[] {
  const out = [base, ...ENDINGS.map((e) => base + e)];
  if (base.length >= 5) out.push(...LONG_ENDINGS.map((e) => base + e));
  const last = base[base.length - 1] ?? '';
  if (/[aeiou]/.test(last)) out.push(base + last + 'tje', base + last + 'tjes', base + "'tje");
  else if (/[bcdfghjklmnpqrstvwxz]/.test(last)) out.push(base + last + 'etje', base + last + 'en', base + last + 'ie');
  return out;
}

export interface CompiledTerms {
  full: Set<string>;
  prefixes: Set<string>;
}

export function compileTerms(terms: readonly string[]): CompiledTerms {
  const full = new Set<string>();
  const prefixes = new Set<string>();
  for (const term of terms) {
    const base = compact(term);
    if (base.length < 2) continue;
    for (const v of variants(base)) {
      full.add(v);
      for (let i = 1; i <= v.length; i++) prefixes.add(v.slice(0, i));
    }
  }
  return { full, prefixes };
}

export function termRecognizer(compiled: CompiledTerms): Recognizer {
  if (compiled.full.size === 0) return () => [];
  return (n) => {
    const spans: Span[] = [];
    const tokens = tokenise(n.text);
    for (let i = 0; i < tokens.length; i++) {
      let joined = '';
      let best = -1;
      for (let j = i; j < tokens.length && j - i < MAX_TOKENS; j++) {
        const t = tokens[j]!;
        if (j > i && !JOIN.test(n.text.slice(tokens[j - 1]!.end, t.start))) break;
        joined += t.value;
        if (!compiled.prefixes.has(joined)) break;
        if (compiled.full.has(joined)) best = j;
      }
      if (best < 0) continue;
      spans.push({ start: tokens[i]!.start, end: tokens[best]!.end, category: 'personal_term' });
      i = best;
    }
    return spans;
  };
}
