/**
 * Training of the clause model of police/model.ts (tests/tools/train-police.ts runs it): on the
 * development lines of tests/corpus/pii.jsonl only, never the blind or held-out batches. Each
 * development batch is held out in turn and the detector scored on it per threshold (the figure a
 * new writer's posts would get); the threshold is chosen from those figures.
 */
import { readFileSync } from 'node:fs';
import { anchorsOf, POLICE_ANCHORS } from '../../utils/detect/text/anchors';
import { detect } from '../../utils/detect/index';
import { normalise, toOriginal } from '../../utils/detect/text/normalise';
import { clausesOf } from '../../utils/detect/police/clause';
import { keepHit } from '../../utils/detect/police/hits';
import { unshouted } from '../../utils/detect/text/unshout';
import { clauseFeatures, type PoliceModel, useModel } from '../../utils/detect/police/model';
import { emptyCounts, scoreLine } from './score';
import { batchOf, TUNABLE, TUNABLE_PREFIXES } from './corpus';

interface Line { id: string; text: string; spans: { start: number; end: number; category: string }[] }
interface Example { features: string[]; label: number }

export const MODEL_FILE = 'utils/detect/police/model.json';
/** Each development batch is held out in turn (not the hand-labelled s- and combined c- lines). */
const HELD_OUT = TUNABLE_PREFIXES.filter((prefix) => prefix !== 's' && prefix !== 'c');
const THRESHOLDS = [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3];
/** How far over its threshold the model overrules the clause blocker (police/clause.ts); 1000: never. */
const MARGINS = [2, 3, 4, 6, 1000];

const corpusLines = (): Line[] => readFileSync('tests/corpus/pii.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line).filter((l) => TUNABLE.test(l.id));

/** Each clause around a police word, labelled by whether a gold police span overlaps it. */
function examplesOf(line: Line): Example[] {
  const n = normalise(line.text);
  // the clauses as the detector reads them (police/index.ts)
  const text = unshouted(n, false);
  return clausesOf(text, anchorsOf(n)[POLICE_ANCHORS]!, keepHit(text)).map(([from, to]) => {
    const { start, end } = toOriginal(n, from, to);
    const label = line.spans.some((s) => s.category === 'police_affiliation' && s.start < end && s.end > start) ? 1 : 0;
    return { features: clauseFeatures(text.slice(from, to)), label };
  });
}

/** Logistic regression, AdaGrad, fixed order and epochs (the same corpus gives the same model). */
function train(all: Example[], threshold: number, margin: number): PoliceModel {
  // a feature seen in one clause only is that clause's wording, not a cue
  const seen = new Map<string, number>();
  for (const { features } of all) for (const f of new Set(features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const examples = all.map(({ features, label }) => ({ features: features.filter((f) => seen.get(f)! >= 2), label }));
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < 30; epoch++) {
    for (const { features, label } of examples) {
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - label;
      biasSquares += g * g;
      bias -= (0.5 * g) / Math.sqrt(biasSquares);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const gw = g + 0.001 * w;
        const s = (squares.get(f) ?? 1e-8) + gw * gw;
        squares.set(f, s);
        weights.set(f, w - (0.5 * gw) / Math.sqrt(s));
      }
    }
  }
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= 0.2).sort(([a], [b]) => (a < b ? -1 : 1));
  return { bias: round(bias), threshold, margin, weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w)])) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The detector's police precision and recall on some lines, with `model` in use. */
function scored(model: PoliceModel, on: Line[]): { p: number; r: number; tp: number; predicted: number; found: number; gold: number } {
  useModel(model);
  const counts = emptyCounts();
  for (const line of on) scoreLine(counts, line.id, line.text, line.spans as never, detect(line.text));
  const c = counts.police_affiliation;
  return { p: c.predicted ? c.correct / c.predicted : 1, r: c.gold ? c.found / c.gold : 1, tp: c.correct, predicted: c.predicted, found: c.found, gold: c.gold };
}

export interface Trained { model: PoliceModel; report: string[] }

interface Counts { correct: number; predicted: number; found: number; gold: number }
const figures = (c: Counts): string => `${(c.correct / c.predicted).toFixed(3)}/${(c.found / c.gold).toFixed(3)}`;

/**
 * Cross-validates by held-out batch, chooses the threshold and the margin (over which the model
 * overrules the clause blocker) and trains on all development lines: the pair with the highest
 * pooled held-out recall at a precision of at least 0.95.
 */
export function trainPoliceModel(): Trained {
  const lines = corpusLines();
  const examples = new Map(lines.map((l) => [l.id, examplesOf(l)]));
  const grid = MARGINS.flatMap((margin) => THRESHOLDS.map((threshold) => ({ margin, threshold })));
  const totals: Counts[] = grid.map(() => ({ correct: 0, predicted: 0, found: 0, gold: 0 }));
  const rows = new Map<string, Counts[]>();
  for (const batch of HELD_OUT) {
    const held = lines.filter((l) => batchOf(l.id) === batch);
    const model = train(lines.filter((l) => batchOf(l.id) !== batch).flatMap((l) => examples.get(l.id)!), 0, 0);
    rows.set(batch, grid.map(({ margin, threshold }, i) => {
      const s = scored({ ...model, threshold, margin }, held);
      const t = totals[i]!;
      t.correct += s.tp; t.predicted += s.predicted; t.found += s.found; t.gold += s.gold;
      return { correct: s.tp, predicted: s.predicted, found: s.found, gold: s.gold };
    }));
  }
  const eligible = grid.map((g, i) => ({ ...g, i, p: totals[i]!.correct / totals[i]!.predicted, r: totals[i]!.found / totals[i]!.gold })).filter((g) => g.p >= 0.95);
  const chosen = eligible.sort((a, b) => b.r - a.r || b.p - a.p)[0] ?? { ...grid[grid.length - 1]!, i: grid.length - 1 };
  const atMargin = grid.flatMap((g, i) => (g.margin === chosen.margin ? [i] : []));
  const report = [...rows].map(([batch, counts]) => `held out ${batch}-  ${atMargin.map((i) => `${grid[i]!.threshold}: ${figures(counts[i]!)}`).join('  ')}`);
  for (const margin of MARGINS) report.push(`pooled, margin ${margin}  ${grid.flatMap((g, i) => (g.margin === margin ? [`${g.threshold}: ${figures(totals[i]!)}`] : [])).join('  ')}`);
  const model = train(lines.flatMap((l) => examples.get(l.id)!), chosen.threshold, chosen.margin);
  useModel(model);
  report.push(`threshold ${chosen.threshold}, margin ${chosen.margin}, ${Object.keys(model.weights).length} weights`);
  return { model, report };
}
