/**
 * Scoring per shared/pii-spec.md: a predicted span is correct when it overlaps
 * a gold span of the same category; a gold span is found when a predicted span
 * of its category overlaps it. Counted per category and micro-averaged.
 */
import { categories, type Category } from '../../utils/detect/index';

export interface Scored { start: number; end: number; category: Category }
export interface Counts { predicted: number; correct: number; gold: number; found: number }
export interface Miss { id: string; kind: 'false positive' | 'missed'; span: Scored; text: string }

const overlaps = (a: Scored, b: Scored): boolean => a.category === b.category && a.start < b.end && b.start < a.end;

export function emptyCounts(): Record<Category, Counts> {
  return Object.fromEntries(categories.map((c) => [c, { predicted: 0, correct: 0, gold: 0, found: 0 }])) as Record<Category, Counts>;
}

export function scoreLine(counts: Record<Category, Counts>, id: string, text: string, gold: Scored[], predicted: Scored[]): Miss[] {
  const misses: Miss[] = [];
  for (const p of predicted) {
    const c = counts[p.category];
    c.predicted++;
    if (gold.some((g) => overlaps(g, p))) c.correct++;
    else misses.push({ id, kind: 'false positive', span: p, text: text.slice(p.start, p.end) });
  }
  for (const g of gold) {
    const c = counts[g.category];
    c.gold++;
    if (predicted.some((p) => overlaps(g, p))) c.found++;
    else misses.push({ id, kind: 'missed', span: g, text: text.slice(g.start, g.end) });
  }
  return misses;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function table(counts: Record<Category, Counts>): string {
  const rows = [['category', 'gold', 'pred', 'precision', 'recall', 'F1']];
  const total: Counts = { predicted: 0, correct: 0, gold: 0, found: 0 };
  for (const category of categories) {
    const c = counts[category];
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
    const p = ratio(c.correct, c.predicted);
    const r = ratio(c.found, c.gold);
    rows.push([category, String(c.gold), String(c.predicted), p.toFixed(3), r.toFixed(3), f1(p, r).toFixed(3)]);
  }
  const p = ratio(total.correct, total.predicted);
  const r = ratio(total.found, total.gold);
  rows.push(['micro', String(total.gold), String(total.predicted), p.toFixed(3), r.toFixed(3), f1(p, r).toFixed(3)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [fmt(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1, -1).map(fmt), widths.map((w) => '-'.repeat(w)).join('  '), fmt(rows[rows.length - 1]!)].join('\n');
}
