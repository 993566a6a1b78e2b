import { sha256 } from '@noble/hashes/sha2.js';
import { hex } from '../../hash';
import type { ManifestFile } from '../manifest';
import type { ZipStream } from '../zip-stream';
import { type ReportHeader, type ReportItem, type ReportSeal, ReportBuilder } from './report';

/** What the report needs of a written item: its files (hashes) and, read when its page is laid out, its picture. */
export interface ReportSource { item: ReportItem; files: readonly ManifestFile[]; picture: () => Promise<Uint8Array | null> }


/**
 * Lays out report.pdf straight into its ZIP entry, item by item: each picture is read, embedded,
 * written out and released before the next, so a thousand items never sit in memory. The SHA-256
 * is computed as the bytes pass.
 */
export async function streamReport(zip: ZipStream, path: string, header: ReportHeader, sources: readonly ReportSource[],
  end: { custodyIntact: boolean; seal: ReportSeal }, onItem?: (done: number) => void): Promise<{ path: string; sha256: string }> {
  const entry = zip.open(path);
  const hash = sha256.create();
  const out = (chunk: Uint8Array) => { hash.update(chunk); entry.push(chunk); };
  const report = await ReportBuilder.start(header, sources.map((s) => s.item), out);
  for (const [i, s] of sources.entries()) {
    onItem?.(i);
    await report.addItem(s.item, s.files, await s.picture());
  }
  await report.finish(end.custodyIntact, end.seal);
  entry.end();
  return { path, sha256: hex(hash.digest()) };
}
