/**
 * A regex alternation regrouped by first letter: "school|\bbso\b|spreekbeurt" becomes
 * "(?:school|\bbso\b|spreekbeurt)"-like groups per letter, so V8 tries a few branches per position
 * instead of every alternative in turn. Alternatives that share a first letter keep their order
 * (the first that matches still wins), so the regex finds exactly what the flat one finds. Each
 * alternative must start with a lower-case letter, optionally after `\b`; one-level groups
 * ("c(?:a|b)", "\b(?:x|y)Z") are opened first. Options: `anyOrder` (for a regex that is only tested,
 * where which alternative matches does not matter) puts the ones without a leading letter last;
 * `capital` lets each group's letter also be a capital ("(?:ben|was)" → "[bB]en|[wW]as"); `cased`
 * takes an upper-case first letter as a letter of its own (for words looked for as written: "ME").
 */
export function byFirstLetter(source: string, { anyOrder = false, capital = false, cased = false } = {}): string {
  const byLetter = new Map<string, string[]>();
  const others: string[] = [];
  const leading = cased ? /^(?:\\b)?([a-zA-Z])/ : /^(?:\\b)?([a-z])/;
  for (const alternative of topLevel(source).flatMap(opened)) {
    const letter = leading.exec(alternative)?.[1];
    if (letter) byLetter.set(letter, [...(byLetter.get(letter) ?? []), alternative]);
    else if (anyOrder) others.push(alternative);
    else throw new Error(`byFirstLetter: no leading letter in ${alternative}`);
  }
  return [...[...byLetter].map(([letter, alternatives]) => groupOf(letter, alternatives, capital)), ...others].join('|');
}

/** One letter's alternatives, in order, as runs with and without a leading `\b`. */
function groupOf(letter: string, alternatives: string[], capital: boolean): string {
  const runs: { bounded: boolean; rests: string[] }[] = [];
  for (const alternative of alternatives) {
    const bounded = alternative.startsWith('\\b');
    const rest = alternative.slice(bounded ? 3 : 1);
    const last = runs[runs.length - 1];
    if (last?.bounded === bounded) last.rests.push(rest);
    else runs.push({ bounded, rests: [rest] });
  }
  const head = capital ? `[${letter}${letter.toUpperCase()}]` : letter;
  const pieces = runs.map(({ bounded, rests }) => `${bounded ? '\\b' : ''}${head}${rests.length === 1 ? rests[0] : `(?:${rests.join('|')})`}`);
  return pieces.length === 1 ? pieces[0]! : `(?:${pieces.join('|')})`;
}

/** "c(?:a|b)" → ["ca", "cb"]; "\b(?:x|y)Z" → ["\bxZ", "\byZ"]; anything else as it is. */
function opened(alternative: string): string[] {
  const bound = alternative.startsWith('\\b') ? '\\b' : '';
  const body = alternative.slice(bound.length);
  if (body.startsWith('(?:')) {
    const end = closing(body, 0);
    const words = topLevel(body.slice(3, end));
    if (words.length > 1) return words.map((word) => bound + word + body.slice(end + 1)).flatMap(opened);
  }
  const letterGroup = /^([a-z])\(\?:/.exec(body);
  if (letterGroup && closing(body, 1) === body.length - 1) return topLevel(body.slice(4, -1)).map((rest) => bound + letterGroup[1] + rest);
  return [alternative];
}

/** The alternatives of a source at its top level (not inside a group or a class). */
function topLevel(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + source[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** Where the group that opens at `at` closes. */
function closing(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`byFirstLetter: unbalanced group in ${source}`);
}
