import type { Recognizer, Span } from '../types';
import { anchorsOf, POLICE_ANCHORS } from '../text/anchors';
import { emailsOf } from '../email';
import { partsOf, windows } from '../text/windows';
import { PATTERNS } from './patterns';
import { accept } from './accept';
import { clauseFindings } from './clause';
import { unshouted } from '../text/unshout';
import { isLetterCode, wordAt } from '../text/chars';
import { byFirstLetter } from '../text/by-first-letter';

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

/**
 * Which keyword hits count: "ME" and "AT" in capitals only ("me" and "at" are ordinary words; other
 * two-letter hits, "pv", "VP", always), and none in a handle or a domain: "@politie_utrecht" and
 * "politie.nl" address the police, they do not say the writer is police (a police e-mail address is
 * found apart).
 */
export const keepHit = (text: string) => (at: number, length: number): boolean => {
  if (inHandleOrDomain(text, at, length)) return false;
  if (length !== 2) return true;
  const c = text.charCodeAt(at);
  return c < 97 || (c !== 109 && c !== 97);
};

/** A letter, digit or underscore: what a handle or a domain name is made of. */
const handleAt = (text: string, i: number): boolean => wordAt(text, i) || text.charCodeAt(i) === 95;
/** How far a handle or a domain name reaches around a hit: bounded, so a 100k-letter "word" stays linear. */
const HANDLE_REACH = 40;
function inHandleOrDomain(text: string, at: number, length: number): boolean {
  let start = at;
  while (start > 0 && at - start < HANDLE_REACH && handleAt(text, start - 1)) start--;
  if (text[start - 1] === '@') return true;
  let end = at + length;
  while (end < text.length && end - at < HANDLE_REACH && handleAt(text, end)) end++;
  // a dot and an ASCII letter after the word: a domain ("politie.nl")
  const next = text.charCodeAt(end + 1);
  return text[end] === '.' && next < 128 && isLetterCode(next);
}

/**
 * The word groups the patterns need (the same words are one group, wherever they are listed),
 * numbered (at most 32: one bit each of an int32), and per pattern the bits of its groups.
 */
const GROUPS: (readonly string[])[] = [];
const GROUP_OF_WORDS = new Map<string, number>();
function groupBit(words: readonly string[]): number {
  const key = [...words].sort().join('|');
  if (!GROUP_OF_WORDS.has(key)) GROUP_OF_WORDS.set(key, GROUPS.push(words) - 1);
  return 1 << GROUP_OF_WORDS.get(key)!;
}
const NEEDS = PATTERNS.map(({ needs }) => (needs ?? []).reduce((bits, words) => bits | groupBit(words), 0));
if (GROUPS.length > 32) throw new Error('police: too many word groups');
/** Per needed word, the bits of the groups it is in. */
const GROUPS_OF = new Map<string, number>();
GROUPS.forEach((words, g) => { for (const w of words) GROUPS_OF.set(w, (GROUPS_OF.get(w) ?? 0) | (1 << g)); });
// a word found holds the words inside it too ("dienstwapen" holds "dienst"), which the one pass does not see apart
for (const [w, bits] of [...GROUPS_OF]) {
  let all = bits;
  for (const [v, more] of GROUPS_OF) if (w.toLowerCase().includes(v.toLowerCase())) all |= more;
  GROUPS_OF.set(w, all);
}
/** All needed words in one pass, longest first within a first letter; the ones with capitals ("ME") are looked for as written. */
const scanOf = (words: string[], flags: string): RegExp =>
  new RegExp(byFirstLetter(words.sort((a, b) => b.length - a.length).join('|'), { cased: true }), flags);
const LOWER_WORDS = scanOf([...GROUPS_OF.keys()].filter((w) => w === w.toLowerCase()), 'gi');
const EXACT_WORDS = scanOf([...GROUPS_OF.keys()].filter((w) => w !== w.toLowerCase()), 'g');

/** The bits of the groups of which the window holds a word. */
function groupsIn(part: string): number {
  let bits = 0;
  LOWER_WORDS.lastIndex = 0;
  for (let m = LOWER_WORDS.exec(part); m; m = LOWER_WORDS.exec(part)) bits |= GROUPS_OF.get(m[0].toLowerCase())!;
  EXACT_WORDS.lastIndex = 0;
  for (let m = EXACT_WORDS.exec(part); m; m = EXACT_WORDS.exec(part)) bits |= GROUPS_OF.get(m[0])!;
  return bits;
}

/** The patterns' gates (police/patterns.ts), each tested at most once per window; per pattern the index of its gate or -1. */
const GATES = [...new Set(PATTERNS.flatMap(({ gate }) => (gate ? [gate] : [])))];
const GATE_OF = PATTERNS.map(({ gate }) => (gate ? GATES.indexOf(gate) : -1));
/** Whether window w passes pattern p's gate; `states` holds per window and gate 0 (not tested yet), 1 (passed) or 2 (failed). */
function passes(p: number, w: number, part: string, states: Uint8Array): boolean {
  const g = GATE_OF[p]!;
  if (g < 0) return true;
  const at = w * GATES.length + g;
  if (states[at] === 0) states[at] = GATES[g]!.test(part) ? 1 : 2;
  return states[at] === 1;
}

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
