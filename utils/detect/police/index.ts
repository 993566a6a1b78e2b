import type { Recognizer, Span } from '../types';
import { anchorsOf, POLICE_ANCHORS } from '../text/anchors';
import { emailsOf } from '../email';
import { partsOf, windows } from '../text/windows';
import { PATTERNS } from './patterns';
import { accept } from './accept';
import { clauseFindings } from './clause';
import { GATES, groupsIn, NEEDS, passes } from './groups';
import { keepHit } from './hits';
import { unshouted } from '../text/unshout';

/**
 * Police self-disclosure: the writer (or a named person, or "mijn man/vrouw/…")
 * stated as police staff, with unit, station, rank or duty. Talk about the
 * police in the third person ("de politie moet beter optreden", "volgens de
 * politie") is not. Each pattern is bounded, so matching stays linear.
 */
const POLICE_DOMAIN = /(?:^|\.)(?:(?:politie|kmar|politieacademie)\.nl|police\.belgium\.eu)$/;

// Every pattern contains one of the keywords in anchors.ts; text far from all of them needs no matching.
const REACH_BEFORE = 110;
const REACH_AFTER = 70;
/** Before a `lineStart` pattern's match (in the whole text, not the window): the text's start, a line, a sentence mark or a profile separator. */
const LINE_START = /(?:^|[.!?\n|·•]\s{0,3})$/;
/** How far a pattern's `before` may reach back from where the match starts. */
const LOOK_BACK = 90;

/** Pattern p's accepted matches in the window `part` (which starts at `from` in `text`), added to `spans`. */
function matchesOf(p: number, text: string, part: string, from: number, spans: Span[]): void {
  const { re, before, bare, reach, lineStart } = PATTERNS[p]!;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    let start = from + m.index;
    const end = start + m[0].length;
    if (lineStart && !LINE_START.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (before) {
      const lead = Math.max(0, start - (reach ?? LOOK_BACK));
      const b = before.exec(text.slice(lead, start));
      if (!b) continue;
      start = lead + b.index;
    }
    if (accept(text, start, end, bare === true)) spans.push({ start, end, category: 'police_affiliation' });
  }
}

export const police: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = unshouted(n, false);
  const keep = keepHit(text);
  const wins = windows(text, anchorsOf(n)[POLICE_ANCHORS]!, REACH_BEFORE, REACH_AFTER, true, keep);
  const parts = partsOf(text, wins);
  const bits = parts.map(groupsIn);
  const states = new Uint8Array(wins.length * GATES.length);
  // pattern by pattern over all windows (not window by window): on a long text each regex's code stays hot
  for (let p = 0; p < PATTERNS.length; p++) {
    const needs = NEEDS[p]!;
    for (let w = 0; w < wins.length; w++) {
      if ((bits[w]! & needs) === needs && passes(p, w, parts[w]!, states)) matchesOf(p, text, parts[w]!, wins[w]![0], spans);
    }
  }
  for (const e of emailsOf(n)) {
    if (POLICE_DOMAIN.test(e.domain)) spans.push({ start: e.start, end: e.end, category: 'police_affiliation' });
  }
  // after the e-mails: a clause that holds a police address is found already
  for (const span of clauseFindings(text, anchorsOf(n)[POLICE_ANCHORS]!, spans, keep)) spans.push(span);
  return spans;
};
