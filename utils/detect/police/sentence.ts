// The sentence around a police match, read a bounded way either side (police/accept.ts, police/context.ts).

/** A full stop, question or exclamation mark, or a line break. */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** How far a sentence is read either side of a match, at most. */
const SENTENCE_REACH = 100;

/** Where the sentence holding `at` starts (at most SENTENCE_REACH characters back). */
export function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < SENTENCE_REACH && !endsSentence(text.charCodeAt(from - 1))) from--;
  return from;
}

/** The sentence from `from` (its start) past `end`: checks of context stay in it. */
export function sentenceOf(text: string, from: number, end: number): string {
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentence(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
