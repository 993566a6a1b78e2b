import model from './model.json';

/**
 * A learned second opinion on a clause that holds a police word but matched no pattern or tie:
 * logistic regression over the clause's words, word pairs (next to each other and one word apart) and first word. Trained on the
 * development lines of tests/corpus (never the blind batches) by tests/tools/train-police.ts,
 * which writes police/model.json; phrasings no rule names still carry cues the model has weighed
 * ("ik", "dienst", "collega's" for; "gebeld", "de politie kwam" against).
 */
/** `margin`: how far over its threshold a clause's score overrules the clause blocker (police/clause.ts). */
export interface PoliceModel { bias: number; threshold: number; margin: number; weights: Record<string, number> }

const WORD = /[a-z\u00C0-\u024F][a-z\u00C0-\u024F'-]*|\d+/g;

/** The clause's features: its words, word pairs ("a b"), pairs one word apart ("a _ c") and first word (lower case, numbers as 0). */
export function clauseFeatures(clause: string): string[] {
  const words = (clause.toLowerCase().match(WORD) ?? []).map(digitless);
  const features = words.length ? [`^${words[0]}`] : [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    features.push(w);
    if (w.length >= 8) features.push(`~${w.slice(-6)}`, `${w.slice(0, 6)}~`);
    if (i + 1 < words.length) features.push(`${w} ${words[i + 1]}`);
    if (i + 2 < words.length) features.push(`${w} _ ${words[i + 2]}`);
  }
  return features;
}

/** A model ready to score: words, first words, word pairs and pairs one word apart in maps (a pair by its first word, so most words need one lookup). */
interface Compiled { model: PoliceModel; words: Map<string, number>; firsts: Map<string, number>; pairs: Map<string, Map<string, number>>; skips: Map<string, Map<string, number>> }

function compile(model: PoliceModel): Compiled {
  const compiled: Compiled = { model, words: new Map(), firsts: new Map(), pairs: new Map(), skips: new Map() };
  for (const [feature, weight] of Object.entries(model.weights)) {
    const space = feature.indexOf(' ');
    if (feature.startsWith('^')) compiled.firsts.set(feature.slice(1), weight);
    else if (space < 0) compiled.words.set(feature, weight);
    else {
      const first = feature.slice(0, space);
      const skip = feature.startsWith(' _ ', space);
      const maps = skip ? compiled.skips : compiled.pairs;
      if (!maps.has(first)) maps.set(first, new Map());
      maps.get(first)!.set(feature.slice(space + (skip ? 3 : 1)), weight);
    }
  }
  return compiled;
}

let compiled = compile(model as PoliceModel);

/** The model in use: the trained one (tests/tools/train-police.ts swaps in candidates while it cross-validates). */
export function useModel(next: PoliceModel): void {
  compiled = compile(next);
  wordScores.clear();
}

/** The model's score for a clause (log-odds): the sum of the weights of its features (clauseFeatures). */
export function clauseScore(clause: string): number {
  const { model: m, words: unigrams, firsts, pairs, skips } = compiled;
  const words = clause.toLowerCase().match(WORD);
  if (!words) return m.bias;
  let score = m.bias + (firsts.get(digitless(words[0]!)) ?? 0);
  let previous: Map<string, number> | undefined;
  let skipped: Map<string, number> | undefined;
  let before: Map<string, number> | undefined;
  for (const raw of words) {
    const word = digitless(raw);
    score += wordScore(word, unigrams) + (previous?.get(word) ?? 0) + (skipped?.get(word) ?? 0);
    previous = pairs.get(word);
    skipped = before;
    before = skips.get(word);
  }
  return score;
}

/** A word's own weight with those of its ends, remembered: most words come back in every post. */
const wordScores = new Map<string, number>();
function wordScore(word: string, unigrams: Map<string, number>): number {
  let known = wordScores.get(word);
  if (known === undefined) {
    known = unigrams.get(word) ?? 0;
    if (word.length >= 8) known += (unigrams.get(`~${word.slice(-6)}`) ?? 0) + (unigrams.get(`${word.slice(0, 6)}~`) ?? 0);
    if (wordScores.size >= 50_000) wordScores.clear();
    wordScores.set(word, known);
  }
  return known;
}

const digitless = (word: string): string => (word.charCodeAt(0) <= 57 ? '0' : word);

/** How sure the model is of a clause: 0 not a disclosure, 1 one, 2 one by more than its margin. */
export function modelSays(clause: string): 0 | 1 | 2 {
  const over = clauseScore(clause) - compiled.model.threshold;
  return over <= 0 ? 0 : over > compiled.model.margin ? 2 : 1;
}
