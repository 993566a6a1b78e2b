import { PATTERNS } from './patterns';
import { byFirstLetter } from '../text/by-first-letter';

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
export const NEEDS = PATTERNS.map(({ needs }) => (needs ?? []).reduce((bits, words) => bits | groupBit(words), 0));
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
export function groupsIn(part: string): number {
  let bits = 0;
  LOWER_WORDS.lastIndex = 0;
  for (let m = LOWER_WORDS.exec(part); m; m = LOWER_WORDS.exec(part)) bits |= GROUPS_OF.get(m[0].toLowerCase())!;
  EXACT_WORDS.lastIndex = 0;
  for (let m = EXACT_WORDS.exec(part); m; m = EXACT_WORDS.exec(part)) bits |= GROUPS_OF.get(m[0])!;
  return bits;
}

/** The patterns' gates (police/patterns.ts), each tested at most once per window; per pattern the index of its gate or -1. */
export const GATES = [...new Set(PATTERNS.flatMap(({ gate }) => (gate ? [gate] : [])))];
const GATE_OF = PATTERNS.map(({ gate }) => (gate ? GATES.indexOf(gate) : -1));
/** Whether window w passes pattern p's gate; `states` holds per window and gate 0 (not tested yet), 1 (passed) or 2 (failed). */
export function passes(p: number, w: number, part: string, states: Uint8Array): boolean {
  const g = GATE_OF[p]!;
  if (g < 0) return true;
  const at = w * GATES.length + g;
  if (states[at] === 0) states[at] = GATES[g]!.test(part) ? 1 : 2;
  return states[at] === 1;
}
