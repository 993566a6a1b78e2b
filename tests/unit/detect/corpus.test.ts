import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, serialise } from '../../corpus/generate';
import { parseCorpus } from '../../tools/corpus';
import { parseMarked } from '../../corpus/markup';
import { emptyCounts, scoreLine } from '../../tools/score';

describe('labelled corpus', () => {
  const committed = readFileSync('tests/corpus/pii.jsonl', 'utf8');

  it('is the data its sources generate (regenerate with npx tsx tests/corpus/generate.ts)', () => {
    expect(committed).toBe(serialise(buildCorpus()));
  });

  it('has at least 450 lines, a third of them hard negatives, and exact offsets', () => {
    const lines = parseCorpus(committed, 'pii.jsonl');
    expect(lines.length).toBeGreaterThanOrEqual(450);
    expect(lines.filter((l) => (l.spans ?? []).length === 0).length * 3).toBeGreaterThanOrEqual(lines.length);
    const sources = buildCorpus();
    for (const [i, line] of lines.entries()) {
      for (const [k, span] of (line.spans ?? []).entries()) expect(line.text.slice(span.start, span.end)).toBe(sources[i]!.spans[k]!.marked);
    }
  });

  it('reads markup with escapes, profiles and double categories', () => {
    const line = parseMarked('t', '[terms=Mila|XT-123-B] Mail [[email+police_affiliation:a@politie.nl]] of 06\\u{200B}1');
    expect(line.text).toBe('Mail a@politie.nl of 06\u200b1');
    expect(line.terms).toEqual(['Mila', 'XT-123-B']);
    expect(line.spans.map((s) => [s.start, s.end, s.category])).toEqual([[5, 17, 'email'], [5, 17, 'police_affiliation']]);
  });
});

describe('scoring', () => {
  it('counts a prediction correct when it overlaps a gold span of the same category', () => {
    const counts = emptyCounts();
    const misses = scoreLine(counts, 'x', 'Bel 06-12345678 nu', [{ start: 4, end: 15, category: 'phone' }], [
      { start: 6, end: 10, category: 'phone' },
      { start: 4, end: 15, category: 'bsn' },
    ]);
    expect(counts.phone).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
    expect(counts.bsn).toEqual({ predicted: 1, correct: 0, gold: 0, found: 0 });
    expect(misses.map((m) => m.kind)).toEqual(['false positive']);
  });
});
