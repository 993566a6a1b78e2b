import { describe, expect, it } from 'vitest';
import { findChain } from '../../../utils/findability/chain';
import { buildGraph } from '../../../utils/findability/graph';
import { levelOf, scoreAll, scoreSource, weights } from '../../../utils/findability/score';
import { record } from './helpers';

describe('findability score', () => {
  it('scores a source without any persona data zero, even with other identifying data on it', () => {
    const s = scoreSource(record('https://bakker.nl', [['address', 'Deeglaan 3'], ['postcode', '9998 AB'], ['phone', '0612345678']]));
    expect(s).toEqual({ score: 0, level: 'none', reasons: [] });
  });

  it('counts only the town when the town is all a source says about the person', () => {
    const s = scoreSource(record('https://nieuws.nl', [['homeTown', 'Verzinveen'], ['address', 'Deeglaan 3']]));
    expect(s.score).toBe(weights.homeTown);
    expect(s.reasons).toEqual([{ code: 'piece', kind: 'homeTown', points: weights.homeTown, sources: 1 }]);
  });

  it('counts the data on a source that names the person, each kind once, with its reason', () => {
    const s = scoreSource(record('https://kvk.nl', [['partner', 'Bram'], ['address', 'Oefenlaan 7'], ['address', 'Oefenlaan 9'], ['postcode', '9999 ZZ']]));
    expect(s.score).toBe(weights.partner + weights.address + weights.postcode);
    expect(s.reasons.map((r) => r.code === 'piece' && r.kind)).toEqual(['address', 'postcode', 'partner']);
    expect(s.level).toBe('medium');
  });

  it('treats the own plate and the same plate found as data as one piece', () => {
    const s = scoreSource(record('https://x.nl', [['carPlate', 'GZ-901-D'], ['license_plate', 'GZ-901-D']]));
    expect(s.score).toBe(weights.carPlate);
  });

  it('adds the chain to the front door to the overall score, and says over how many sources a piece was seen', () => {
    const records = [
      record('a', [['ownNames', 'Lotte'], ['children', 'Fenna']]),
      record('b', [['children', 'Fenna'], ['partner', 'Bram']]),
      record('c', [['partner', 'Bram'], ['address', 'Oefenlaan 7']]),
    ];
    const graph = buildGraph(records);
    const chain = findChain(graph, []);
    const s = scoreAll(graph, chain);
    expect(s.reasons[0]).toEqual({ code: 'chain', door: 'address', steps: 3, points: 30 });
    expect(s.reasons).toContainEqual({ code: 'piece', kind: 'children', points: weights.children, sources: 2 });
    expect(s.score).toBe(30 + weights.ownNames + weights.children + weights.partner + weights.address);
  });

  it('caps the score at 100 and maps it to a level', () => {
    const all = record('a', [['ownNames', 'L'], ['address', 'X 1'], ['geo', '52.1, 5.1'], ['bsn', '111222333'], ['phone', '0612345678'],
      ['children', 'F'], ['police_affiliation', 'politie'], ['postcode', '1234 AB']]);
    expect(scoreSource(all).score).toBe(100);
    expect([0, 1, 29, 30, 59, 60, 100].map(levelOf)).toEqual(['none', 'low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});
