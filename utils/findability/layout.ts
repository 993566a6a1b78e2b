import type { ChainStep } from './chain';
import { type Graph, type PieceKind, adjacency } from './graph';

/** Where the report draws a piece; columns read left to right from the name to the door. */
export interface PlacedNode {
  id: string;
  label: string;
  kind: PieceKind;
  x: number;
  y: number;
  onChain: boolean;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** The source id that links the two (labelled on chain edges). */
  via: string | null;
  onChain: boolean;
}

export interface Layout {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const NODE_W = 250;
const NODE_H = 64;
const COL = 380;
const ROW = 96;
const MARGIN = 70;

function hopsFrom(graph: Graph, adj: ReturnType<typeof adjacency>): Map<string, number> {
  const hops = new Map<string, number>();
  let frontier = graph.nodes.filter((n) => n.kind === 'ownNames').map((n) => n.id);
  frontier.forEach((id) => hops.set(id, 0));
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adj.get(id)?.keys() ?? []) if (!hops.has(n)) (hops.set(n, d), next.push(n));
    frontier = next;
  }
  return hops;
}

/** A layered layout: the chain on the top row, every other piece under the step it hangs from. */
export function layoutGraph(graph: Graph, chain: readonly ChainStep[] | null): Layout {
  const adj = adjacency(graph);
  const hops = hopsFrom(graph, adj);
  const onChain = new Map((chain ?? []).map((s, i) => [s.node, i]));
  const maxHop = Math.max(0, chain ? chain.length - 1 : 0, ...hops.values());
  const column = (id: string) => onChain.get(id) ?? hops.get(id) ?? maxHop + 1;
  const columns = new Map<number, string[]>();
  const sorted = [...graph.nodes].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  for (const n of sorted) if (!onChain.has(n.id)) columns.set(column(n.id), [...(columns.get(column(n.id)) ?? []), n.id]);
  const firstRow = chain ? 1 : 0;
  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const row = onChain.has(n.id) ? 0 : firstRow + (columns.get(column(n.id)) ?? []).indexOf(n.id);
    return { id: n.id, label: n.label, kind: n.kind, x: MARGIN + column(n.id) * COL, y: MARGIN + row * ROW, onChain: onChain.has(n.id) };
  });
  const edges: PlacedEdge[] = (chain ?? []).slice(1).map((s, i) => ({ from: chain![i]!.node, to: s.node, via: s.via, onChain: true }));
  for (const n of graph.nodes) {
    const h = hops.get(n.id);
    if (onChain.has(n.id) || !h) continue;
    const parents = [...(adj.get(n.id) ?? [])].filter(([p]) => hops.get(p) === h - 1);
    const parent = parents.find(([p]) => onChain.has(p)) ?? parents[0];
    if (parent) edges.push({ from: parent[0], to: n.id, via: [...parent[1]].sort()[0] ?? null, onChain: false });
  }
  const cols = Math.max(0, ...nodes.map((n) => (n.x - MARGIN) / COL)) + 1;
  const rows = Math.max(0, ...nodes.map((n) => (n.y - MARGIN) / ROW)) + 1;
  return { width: MARGIN * 2 + (cols - 1) * COL + NODE_W, height: MARGIN * 2 + (rows - 1) * ROW + NODE_H, nodeWidth: NODE_W, nodeHeight: NODE_H, nodes, edges };
}
