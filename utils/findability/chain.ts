import { type Graph, type PieceKind, type PieceNode, adjacency } from './graph';

/** One step of the chain: a piece, and the source that led to it from the previous piece. */
export interface ChainStep {
  node: string;
  via: string | null;
}

/**
 * How much a piece narrows down who someone is, as a cost to pass through it:
 * a full name or a plate points at one person, a club at hundreds, a town at thousands.
 */
const passCost: Record<PieceKind, number> = {
  ownNames: 1, partner: 1, family: 1, children: 2, carPlate: 1, other: 2, school: 3, sportsClub: 3,
  homeStreet: 2, homeTown: 6, phone: 1, email: 1, address: 1, postcode: 2, geo: 1, iban: 1, bsn: 1,
  license_plate: 1, birth_date: 3, police_affiliation: 6,
};

/** What counts as the front door, best first. */
const doorKinds: readonly PieceKind[] = ['address', 'geo', 'postcode'];

function isDoor(node: PieceNode, kind: PieceKind, streets: readonly string[]): boolean {
  if (node.kind !== kind) return false;
  if (kind !== 'address' || streets.length === 0) return true;
  const label = node.label.toLowerCase();
  return streets.some((s) => label.includes(s.toLowerCase()));
}

/** Cheapest paths from the officer's names to every piece (Dijkstra over pass costs). */
function cheapest(graph: Graph, starts: string[]) {
  const adj = adjacency(graph);
  const kind = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const cost = new Map<string, number>(starts.map((s) => [s, 0]));
  const prev = new Map<string, { from: string; via: string }>();
  const open = new Set(starts);
  while (open.size) {
    const here = [...open].reduce((a, b) => ((cost.get(a) ?? 0) <= (cost.get(b) ?? 0) ? a : b));
    open.delete(here);
    for (const [next, sources] of adj.get(here) ?? []) {
      const c = (cost.get(here) ?? 0) + passCost[kind.get(next) ?? 'other'];
      if (c < (cost.get(next) ?? Infinity)) {
        cost.set(next, c);
        prev.set(next, { from: here, via: [...sources].sort()[0]! });
        open.add(next);
      }
    }
  }
  return { cost, prev };
}

/**
 * The chain from the officer's name to their front door: the most telling path
 * through the graph, or null when the scanned sources do not connect them.
 * `streets` are the home street terms; an address on another street is not the door.
 */
export function findChain(graph: Graph, streets: readonly string[]): ChainStep[] | null {
  const starts = graph.nodes.filter((n) => n.kind === 'ownNames').map((n) => n.id).sort();
  if (!starts.length) return null;
  const { cost, prev } = cheapest(graph, starts);
  for (const kind of doorKinds) {
    const doors = graph.nodes.filter((n) => isDoor(n, kind, streets) && cost.has(n.id));
    if (!doors.length) continue;
    const door = doors.reduce((a, b) => ((cost.get(a.id) ?? 0) <= (cost.get(b.id) ?? 0) ? a : b));
    const steps: ChainStep[] = [];
    for (let at: string | undefined = door.id; at !== undefined; ) {
      const p = prev.get(at);
      steps.unshift({ node: at, via: p?.via ?? null });
      at = p?.from;
    }
    return steps;
  }
  return null;
}
