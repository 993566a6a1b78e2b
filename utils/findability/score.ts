import type { ChainStep } from './chain';
import { type Graph, type PieceKind, piecesOf, pieceKind } from './graph';
import type { ScanRecord } from './record';

/** Points per kind of piece: how much it helps someone find the officer's home and family. */
export const weights: Record<PieceKind, number> = {
  ownNames: 5, partner: 8, family: 5, children: 12, homeStreet: 10, homeTown: 5, school: 8, sportsClub: 5,
  carPlate: 10, other: 4, address: 25, postcode: 12, geo: 20, phone: 12, email: 6, iban: 8, bsn: 20,
  license_plate: 10, birth_date: 8, police_affiliation: 12,
};

/** Points for a chain that ends at the front door, by what the door is. */
const chainPoints: Partial<Record<PieceKind, number>> = { address: 30, geo: 25, postcode: 15 };

export type Reason =
  | { code: 'piece'; kind: PieceKind; points: number; sources: number }
  | { code: 'chain'; door: PieceKind; steps: number; points: number };

export type Level = 'none' | 'low' | 'medium' | 'high';

export interface Score {
  score: number;
  level: Level;
  reasons: Reason[];
}

/** A plate found as data and the profile's own plate are one piece of the puzzle. */
function scoreKind(kind: PieceKind): PieceKind {
  return kind === 'license_plate' ? 'carPlate' : kind;
}

export function levelOf(score: number): Level {
  if (score === 0) return 'none';
  return score < 30 ? 'low' : score < 60 ? 'medium' : 'high';
}

function finish(reasons: Reason[]): Score {
  reasons.sort((a, b) => b.points - a.points);
  const score = Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0));
  return { score, level: levelOf(score), reasons };
}

/** One source's score: what it exposes about the person; zero when nothing on it is about them. */
export function scoreSource(record: ScanRecord): Score {
  const kinds = new Set(piecesOf(record).map((e) => scoreKind(pieceKind(e))));
  return finish([...kinds].map((kind) => ({ code: 'piece', kind, points: weights[kind], sources: 1 })));
}

/** The overall score: every kind of piece exposed anywhere, plus the chain to the door. */
export function scoreAll(graph: Graph, chain: readonly ChainStep[] | null): Score {
  const sourcesPerKind = new Map<PieceKind, Set<string>>();
  for (const node of graph.nodes) {
    const kind = scoreKind(node.kind);
    const set = sourcesPerKind.get(kind) ?? new Set<string>();
    node.sources.forEach((s) => set.add(s));
    sourcesPerKind.set(kind, set);
  }
  const reasons: Reason[] = [...sourcesPerKind].map(([kind, sources]) => ({
    code: 'piece', kind, points: weights[kind], sources: sources.size,
  }));
  const door = chain && graph.nodes.find((n) => n.id === chain[chain.length - 1]?.node);
  if (chain && door) {
    reasons.push({ code: 'chain', door: door.kind, steps: chain.length - 1, points: chainPoints[door.kind] ?? 0 });
  }
  return finish(reasons);
}
