import { describe, expect, it } from 'vitest';
import { findChain } from '../../../utils/findability/chain';
import { buildGraph, isAnchored } from '../../../utils/findability/graph';
import { layoutGraph } from '../../../utils/findability/layout';
import { record } from './helpers';

const labels = (graph: ReturnType<typeof buildGraph>, chain: ReturnType<typeof findChain>) =>
  chain?.map((s) => graph.nodes.find((n) => n.id === s.node)?.label);

describe('findability graph', () => {
  it('links pieces that one source exposes together, and remembers which sources', () => {
    const a = record('a', [['ownNames', 'Lotte'], ['children', 'Fenna']]);
    const b = record('b', [['children', 'Fenna'], ['partner', 'Bram']]);
    const graph = buildGraph([a, b]);
    expect(graph.nodes.map((n) => n.label).sort()).toEqual(['Bram', 'Fenna', 'Lotte']);
    expect(graph.nodes.find((n) => n.label === 'Fenna')?.sources).toEqual([a.id, b.id]);
    expect(graph.links).toHaveLength(2);
    const has = (l: { a: string; b: string }, word: string) => l.a.includes(word) || l.b.includes(word);
    expect(graph.links.find((l) => has(l, 'fenna') && has(l, 'bram'))?.sources).toEqual([b.id]);
    expect(graph.links.find((l) => has(l, 'lotte') && has(l, 'bram'))).toBeUndefined();
  });

  it('leaves out a source\'s other data when nothing on it but the town is about the person', () => {
    const town = record('t', [['homeTown', 'Verzinveen'], ['address', 'Deeglaan 3']]);
    const none = record('n', [['address', 'Deeglaan 5']]);
    expect(isAnchored(town)).toBe(false);
    expect(buildGraph([town, none]).nodes.map((n) => n.label)).toEqual(['Verzinveen']);
  });

  it('merges the profile plate with the same plate found as data into one node', () => {
    const graph = buildGraph([record('a', [['carPlate', 'GZ-901-D'], ['license_plate', 'gz901d'], ['ownNames', 'L']])]);
    expect(graph.nodes.filter((n) => n.id.startsWith('plate:'))).toHaveLength(1);
    expect(graph.nodes.find((n) => n.id.startsWith('plate:'))?.kind).toBe('carPlate');
  });

  it('finds the chain from the name to the front door over several sources', () => {
    const records = [
      record('social', [['ownNames', 'Lotte Demodijk'], ['children', 'Fenna'], ['homeTown', 'Verzinveen']]),
      record('club', [['children', 'Fenna'], ['partner', 'Bram Demodijk']]),
      record('kvk', [['partner', 'Bram Demodijk'], ['homeStreet', 'Oefenlaan'], ['address', 'Oefenlaan 7'], ['homeTown', 'Verzinveen']]),
    ];
    const graph = buildGraph(records);
    const chain = findChain(graph, ['Oefenlaan']);
    // Through the child and the partner, not through the town thousands share.
    expect(labels(graph, chain)).toEqual(['Lotte Demodijk', 'Fenna', 'Bram Demodijk', 'Oefenlaan 7']);
    expect(chain?.map((s) => s.via)).toEqual([null, records[0]!.id, records[1]!.id, records[2]!.id]);
  });

  it('does not take an address on another street for the door, and prefers an address over coordinates', () => {
    const graph = buildGraph([
      record('a', [['ownNames', 'L'], ['address', 'Stationsplein 1'], ['geo', '52.6, 4.2']]),
      record('b', [['ownNames', 'L'], ['partner', 'B']]),
      record('c', [['partner', 'B'], ['address', 'Oefenlaan 7']]),
    ]);
    expect(labels(graph, findChain(graph, ['Oefenlaan']))).toEqual(['L', 'B', 'Oefenlaan 7']);
    expect(labels(graph, findChain(graph, ['Kastanjelaan']))).toEqual(['L', '52.6, 4.2']);
  });

  it('has no chain without a name or without a way to an address', () => {
    expect(findChain(buildGraph([record('a', [['partner', 'B'], ['address', 'Oefenlaan 7']])]), [])).toBeNull();
    expect(findChain(buildGraph([record('a', [['ownNames', 'L'], ['children', 'F']])]), [])).toBeNull();
  });

  it('lays the chain out on the top row, left to right, and hangs the rest below', () => {
    const graph = buildGraph([
      record('a', [['ownNames', 'L'], ['children', 'F'], ['sportsClub', 'Club']]),
      record('b', [['children', 'F'], ['address', 'Oefenlaan 7']]),
    ]);
    const chain = findChain(graph, []);
    const layout = layoutGraph(graph, chain);
    const at = (label: string) => layout.nodes.find((n) => n.label === label)!;
    expect([at('L').y, at('F').y, at('Oefenlaan 7').y]).toEqual([at('L').y, at('L').y, at('L').y]);
    expect(at('L').x).toBeLessThan(at('F').x);
    expect(at('F').x).toBeLessThan(at('Oefenlaan 7').x);
    expect(at('Club').y).toBeGreaterThan(at('L').y);
    expect(layout.edges.filter((e) => e.onChain)).toHaveLength(2);
    expect(layout.width).toBeGreaterThan(at('Oefenlaan 7').x);
  });
});
