import type { Category } from '../detect/index';
import type { TermGroup } from '../profile';
import type { Exposure, ScanRecord } from './record';

/** A piece of the puzzle: a profile term group, or a category of identifying data. */
export type PieceKind = TermGroup | Exclude<Category, 'personal_term'>;

export interface PieceNode {
  id: string;
  kind: PieceKind;
  label: string;
  /** Ids of the scans (sources) that expose this piece. */
  sources: string[];
}

/** Two pieces exposed together on at least one source. */
export interface Link {
  a: string;
  b: string;
  sources: string[];
}

export interface Graph {
  nodes: PieceNode[];
  links: Link[];
}

/** The town alone says little about who someone is; it does not tie a page's other data to them. */
const weakGroups: readonly TermGroup[] = ['homeTown'];

export function pieceKind(e: Exposure): PieceKind {
  return e.category === 'personal_term' ? (e.group ?? 'other') : e.category;
}

export function pieceId(e: Exposure): string {
  const kind = pieceKind(e);
  // Every disclosure of police work is one and the same piece of the puzzle.
  if (kind === 'police_affiliation') return kind;
  // The profile's own plate and the same plate found as data are one piece.
  if (kind === 'carPlate' || kind === 'license_plate') return `plate:${e.value.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
  return `${kind}:${e.value.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Whether a source says something about this person, beyond the town they live in. */
export function isAnchored(record: ScanRecord): boolean {
  return record.exposures.some((e) => e.category === 'personal_term' && !weakGroups.includes(e.group ?? 'other'));
}

/** The pieces a source contributes: its profile terms, plus its other data only when anchored. */
export function piecesOf(record: ScanRecord): Exposure[] {
  const anchored = isAnchored(record);
  return record.exposures.filter((e) => e.category === 'personal_term' || anchored);
}

/** Builds the graph of pieces; pieces are linked when one source exposes both. */
export function buildGraph(records: readonly ScanRecord[]): Graph {
  const nodes = new Map<string, PieceNode>();
  const links = new Map<string, Link>();
  for (const record of records) {
    const ids = new Set<string>();
    for (const e of piecesOf(record)) {
      const id = pieceId(e);
      ids.add(id);
      const node = nodes.get(id) ?? { id, kind: pieceKind(e), label: e.value, sources: [] };
      if (e.category === 'personal_term') node.kind = pieceKind(e);
      if (!node.sources.includes(record.id)) node.sources.push(record.id);
      nodes.set(id, node);
    }
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        const link = links.get(key) ?? { a: list[i]!, b: list[j]!, sources: [] };
        link.sources.push(record.id);
        links.set(key, link);
      }
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/** Neighbours of every node, with the sources that link them. */
export function adjacency(graph: Graph): Map<string, Map<string, string[]>> {
  const adj = new Map<string, Map<string, string[]>>(graph.nodes.map((n) => [n.id, new Map()]));
  for (const l of graph.links) {
    adj.get(l.a)?.set(l.b, l.sources);
    adj.get(l.b)?.set(l.a, l.sources);
  }
  return adj;
}
