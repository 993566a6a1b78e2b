import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector, detect } from '../../../utils/detect/index';

const corpus = readFileSync('tests/corpus/pii.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });

function random(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('createDetector (incremental per keystroke)', () => {
  it('finds exactly what a full pass finds while a long post is typed and edited', () => {
    const next = random(7);
    const post = corpus.map((l) => l.text).slice(0, 40).join(' ');
    const terms = ['Mila', 'Lindelaan', 'Sanne de Vries'];
    const typed = createDetector(terms);
    let text = '';
    let checks = 0;
    for (let i = 0; i < post.length; i += 1 + Math.floor(next() * 16)) {
      text = post.slice(0, i);
      if (next() < 0.15 && text.length > 50) {
        // an edit in the middle: delete or insert a few characters
        const at = Math.floor(next() * text.length);
        text = next() < 0.5 ? text.slice(0, at) + text.slice(at + 3) : text.slice(0, at) + ' 06-12345678 ' + text.slice(at);
      }
      expect(typed(text)).toEqual(detect(text, { terms }));
      checks++;
    }
    expect(checks).toBeGreaterThan(150);
  }, 60_000);

  it('copes with a paste that replaces everything and with the same text twice', () => {
    const typed = createDetector([]);
    expect(typed('Bel 06-12345678')).toEqual(detect('Bel 06-12345678'));
    expect(typed('Bel 06-12345678')).toEqual(detect('Bel 06-12345678'));
    const other = 'Iets heel anders: Lindelaan 14, 3512 AB';
    expect(typed(other)).toEqual(detect(other));
    expect(typed('')).toEqual([]);
  });

  it('returns a fresh array each time, so a caller may change it', () => {
    const typed = createDetector([]);
    const first = typed('Bel 06-12345678');
    first.pop();
    expect(typed('Bel 06-12345678')).toHaveLength(1);
  });
});
