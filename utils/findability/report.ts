import { type AdviceCode, adviceFor } from './advice';
import { type ChainStep, findChain } from './chain';
import { type Graph, buildGraph } from './graph';
import { type Layout, layoutGraph } from './layout';
import { type ScanMode, type ScanRecord, latestPerUrl } from './record';
import { type Score, scoreAll, scoreSource } from './score';

export interface SourceReport {
  record: ScanRecord;
  score: Score;
  advice: AdviceCode[];
}

export interface FindabilityReport {
  mode: ScanMode;
  sources: SourceReport[];
  graph: Graph;
  chain: ChainStep[] | null;
  score: Score;
  layout: Layout;
}

/** The home street terms the scans saw, so an address on another street is not taken for the door. */
function homeStreets(records: readonly ScanRecord[]): string[] {
  const streets = records.flatMap((r) => r.exposures.filter((e) => e.group === 'homeStreet').map((e) => e.value));
  return [...new Set(streets)];
}

/**
 * Everything the report page shows, from the stored scans of ONE mode: a trainer
 * report is built from trainer scans only, so the officer's own data never enters it.
 */
export function buildReport(stored: readonly unknown[], mode: ScanMode): FindabilityReport {
  const records = latestPerUrl(stored, mode);
  const graph = buildGraph(records);
  const chain = findChain(graph, homeStreets(records));
  const sources = records
    .map((record) => ({ record, score: scoreSource(record), advice: adviceFor(record) }))
    .sort((a, b) => b.score.score - a.score.score || a.record.at.localeCompare(b.record.at));
  return { mode, sources, graph, chain, score: scoreAll(graph, chain), layout: layoutGraph(graph, chain) };
}

/** A short name for a source, for edge labels on the graph. */
export function sourceLabel(record: ScanRecord, max = 32): string {
  let name = record.title.trim();
  if (!name) {
    try {
      name = new URL(record.url).hostname;
    } catch {
      name = record.url;
    }
  }
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
