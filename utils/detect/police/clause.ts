import type { Span } from '../types';
import { accept } from './accept';
import { roleElsewhere, THIRD_SUBJECT_OR_TIME } from './context';
import { ALL_TIES, WRITER_WORDS } from './ties';
import { Found } from './found-spans';
import { modelSays } from './model';
import { latin } from '../text/latin';
import { byFirstLetter } from '../text/by-first-letter';
import { wordAt } from '../text/chars';
import { escapeRegex } from '../../escape-regex';

/**
 * Police self-disclosure decided per clause, for what the patterns (police/patterns.ts) do not
 * know: a clause with the writer in it and a word only police staff use of themselves, tied
 * together (police/ties.ts), and nothing that makes it talk about the police: another subject,
 * a wish or negation, a call, visit or arrest by the police, news, games.
 */

/**
 * Words that make a clause talk about the police or someone else, or a wish. The hard ones say what
 * the clause is about (an applicant, a game, the news, another trade, a visit or arrest by the police,
 * someone taken for police): no model overrules them. The soft ones are cues a clause the model is
 * very sure of may hold ("geen moment stilgezeten", "als je aangifte wilt doen kun je bij mij terecht").
 */
const HARD_WORDS = String.raw`\p{L}*sollicit\p{L}*|\p{L}*twijfel\p{L}*|selectie|afgewezen|vastgezeten|gedetineerd|bajes|scriptie|afstudeer\p{L}*|enqu[eê]te|sporttest|droom|aangezien|alsof|deed\szich|doet\szich|denken\s(?:\p{L}+\s)?dat|buurman|buurvrouw|buren|ex|beveiliging\p{L}*|beveiliger\p{L}*|ambulance\p{L}*|brandweer|organisatie|stichting|consultant|extern|verslaggever|journalist|cluedo|game|spel|spelen|speel\p{L}*|simulator|serie|film|aflevering|boek|verklee?d\p{L}*|carnaval|kostuum|volgens|nieuws|krant|artikel|columbo|maigret|baantjer|dekok|flikken|gadget|clouseau|gebeld|bel|belde|bellen|aangehouden|opgepakt|bekeurd|boete|called|arrested`;
const SOFT_WORDS = String.raw`hij|zij|ze|(?<!met\s)hem|(?<!met\s)haar|jij|je|jou|jullie|u|men|iemand|die|wacht(?:en|te|ten)?|geloof\sik|denk\sik|denken|denkt|dacht|dachten|klasgenoot|kennis|door|tegen|aan\sde\s(?:politie|agent)|van\s(?:me|mij)|aangifte|staande|langs|kwam|kwamen|wil|wilde|wou|zou|zouden|later|worden|geen|niet|nie|nooit|kijk|keek|aan\sde\sdeur|over\sde\svloer|he|she|they|not|never`;
/** (Whole words: "zij-instromer" is no "zij"; a "tv-serie" is a "serie".) */
const wordsRegex = (words: string): RegExp => latin(String.raw`\b(?:${byFirstLetter(words, { anyOrder: true })})(?![\p{L}-])`, 'i');
const BLOCKER = wordsRegex(`${SOFT_WORDS}|${HARD_WORDS}`);
const HARD_BLOCKER = wordsRegex(HARD_WORDS);

/** Per word of the ties, the indexes of the ties that need it; the writer's words apart. */
const TIES_OF = new Map<string, number[]>();
ALL_TIES.forEach(({ words }, t) => { for (const w of words ?? []) TIES_OF.set(w, [...(TIES_OF.get(w) ?? []), t]); });
const WRITER = new Set(WRITER_WORDS);
const wholeWord = (w: string): string => (w.endsWith('-') ? escapeRegex(w) : String.raw`${escapeRegex(w)}(?![\p{L}'])`);
/** All those words in one pass over a clause (each a whole word; "me-" ends in its dash). */
/** (Letter classes as latin.ts gives them: the Unicode flag is slow on a long text's clauses.) */
const SCAN = latin(String.raw`(?<![\p{L}'@-])(?:${byFirstLetter([...new Set([...TIES_OF.keys(), ...WRITER])].sort((a, b) => b.length - a.length).map(wholeWord).join('|'))})`, 'gi');
/** The ties without words, tried in every clause. */
const ALWAYS = ALL_TIES.flatMap(({ words }, t) => (words ? [] : [t]));
/** Per tie, whether the current clause holds one of its words (wordsIn fills it). */
const wanted = new Uint8Array(ALL_TIES.length);

/** Marks in `wanted` the ties whose words the clause holds; returns whether the writer is in it. */
function wordsIn(clause: string): boolean {
  wanted.fill(0);
  for (const t of ALWAYS) wanted[t] = 1;
  let writer = false;
  // match() collects all words in one call: cheaper than an exec() per word
  for (const word of clause.match(SCAN) ?? []) {
    const lower = word.toLowerCase();
    for (const t of TIES_OF.get(lower) ?? []) wanted[t] = 1;
    // "ME" in capitals is the unit, not the writer
    if (word !== 'ME' && WRITER.has(lower)) writer = true;
  }
  return writer;
}

/** A clause that starts with someone else as its subject: "De agent typte zijn pv's in BVH" (not "De nacht …"). */
const OTHER_SUBJECT = THIRD_SUBJECT_OR_TIME('nacht|dag');

/** The police doing something, as the clause's subject: "politie regelt het verkeer" (the model's clauses only). */
const POLICE_ACTS = /\bpolitie\s(?:regelt|is|was|zegt|meldt|vraagt|zoekt|doet|heeft|had|kwam|komt|gaat|ging|onderzoekt)\b/i;

/** A question mark right after a match. */
const QUESTION_NEXT = /^\s*\?/;

/** The police or a role negated: "I'm not a police officer", "ik ben geen agent", "nooit bij de politie gewerkt". */
const NEGATED = latin(String.raw`\b(?:niet|nie|geen|nooit|not|never)\s(?:[\p{L}'-]+\s){0,3}?(?:een\s|a\s|an\s)?\p{L}*(?:politie|police|agent|cop|officer|rechercheur|inspecteur|brigadier|recherche|noodhulp)`, 'i');

/** "Had ik maar bij de politie gewerkt". */
const WISH = /\b(?:had|was|werkte)\s(?:ik|we|wij)\smaar\b/i;
/** The writer left out at the clause's end: "Mijn broer is van de politie, ik niet" (no score of the model overrules it). */
const NOT_ME = /\b(?:ik|wij|we)\s(?:zelf\s)?(?:niet|nie|nooit)\W*$/i;

/** The marks that end a clause: a sentence, a line, a separator (. ! ? ; line break | • ·). */
const endsClause = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 124 || c === 0x2022 || c === 0xb7;

/** The clauses [from, to) that hold a police keyword (hits: flat [index, length, …]; `keep` may turn one down), in order. */
export function clausesOf(text: string, hits: readonly number[], keep: (at: number, length: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let done = -1;
  for (let h = 0; h < hits.length; h += 2) {
    const at = hits[h]!;
    if (at < done || !keep(at, hits[h + 1]!)) continue;
    const clause = clauseAround(text, at);
    done = clause[1];
    out.push(clause);
  }
  return out;
}

/**
 * Clause-level findings where the patterns found nothing: the ties of each clause, or, in a clause
 * with no finding at all, the whole clause when the learned model (police/model.ts) takes it for one.
 */
export function clauseFindings(text: string, hits: readonly number[], spans: readonly Span[], keep: (at: number, length: number) => boolean): Span[] {
  const out: Span[] = [];
  if (hits.length === 0) return out;
  const found = new Found(spans);
  for (const [from, to] of clausesOf(text, hits, keep)) {
    const before = out.length;
    tiesIn(text, from, to, found, out);
    if (out.length === before && !found.overlaps(from, to)) modelIn(text, from, to, out);
  }
  return out;
}

/** The clause as a finding (its spaces and marks trimmed) if the model says so and nothing blocks it. */
function modelIn(text: string, from: number, to: number, out: Span[]): void {
  const clause = text.slice(from, to);
  // a clause the model is very sure of may hold a blocking word ("geen moment stilgezeten"), but not a negated role
  const says = modelSays(clause);
  if (says === 0 || (says === 1 ? BLOCKER.test(clause) : NEGATED.test(clause) || HARD_BLOCKER.test(clause) || NOT_ME.test(clause)) || WISH.test(clause) || OTHER_SUBJECT.test(clause) || POLICE_ACTS.test(clause)) return;
  const start = from + (clause.length - clause.trimStart().length);
  const end = to - (clause.length - clause.trimEnd().length);
  // read in its context as the patterns' matches are: quotes, news, games, costumes
  if (end > start && accept(text, start, end, false)) out.push({ start, end, category: 'police_affiliation' });
}

/** Adds to `out` the ties in the clause [from, to) that no finding covers yet and nothing before turns into talk about the police. */
function tiesIn(text: string, from: number, to: number, found: Found, out: Span[]): void {
  const first = out.length;
  const clause = text.slice(from, to);
  const writer = wordsIn(clause);
  for (let t = 0; t < ALL_TIES.length; t++) {
    const { re, kind, context, earlier, unblocked } = ALL_TIES[t]!;
    if (!wanted[t] || (kind === 'writer' && !writer)) continue;
    re.lastIndex = 0;
    const m = re.exec(clause);
    if (!m || (context && !context.test(clause)) || (earlier && !earlier.test(text.slice(Math.max(0, from - EARLIER), from)))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (found.overlaps(start, end) || overlapsFrom(out, first, start, end)) continue;
    // a writer's tie and jargon are read with the clause before them ("hij zegt dat ik …"), a free tie only by itself
    const read = kind === 'writer' || kind === 'jargon' ? clause.slice(0, m.index + m[0].length) : unblocked ? '' : m[0];
    if (BLOCKER.test(read) || WISH.test(read) || (kind === 'jargon' && OTHER_SUBJECT.test(clause))) continue;
    // a profile line stands alone (unless it is a question, "Stop! Politie?", or its rank is another body's); anything else is read in its context as the patterns' matches are
    if (kind === 'profile' ? QUESTION_NEXT.test(text.slice(end, end + 4)) || roleElsewhere(text, start, end) : !accept(text, start, end, false)) continue;
    out.push({ start, end, category: 'police_affiliation' });
  }
}

/** Whether a span of `spans` from index `first` on overlaps [start, end). */
function overlapsFrom(spans: readonly Span[], first: number, start: number, end: number): boolean {
  for (let i = first; i < spans.length; i++) if (spans[i]!.start < end && spans[i]!.end > start) return true;
  return false;
}

const REACH = 120;
/** How far back a tie's `earlier` looks. */
const EARLIER = 200;

/** Whether the character at `i` ends a clause; a dot inside a word ("politie.nl", "06.00") does not. */
const endsAt = (text: string, i: number): boolean => endsClause(text.charCodeAt(i)) && !(text.charCodeAt(i) === 46 && wordAt(text, i + 1));

function clauseAround(text: string, at: number): [number, number] {
  let from = at;
  while (from > 0 && at - from < REACH && !endsAt(text, from - 1)) from--;
  let to = at;
  while (to < text.length && to - at < REACH && !endsAt(text, to)) to++;
  return [from, to];
}
