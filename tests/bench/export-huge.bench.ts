/**
 * A post of 2,000,000 characters in one word (what metadata.text allows): export time,
 * with report.pdf wrapping the word over many pages, and the time to verify the bundle.
 * Target: the export under 10 s.
 */
import 'fake-indexeddb/auto';
import { exportBundle } from '../../utils/bundle/export';
import { zipReader } from '../../utils/bundle/reader';
import { inflateRawStream } from '../../utils/bundle/unzip';
import { verifyBundle } from '../../utils/bundle/verify';
import { verifierHtml } from '../../utils/bundle/verify-page/verifier-html';
import { BlobSink } from '../../utils/bundle/zip-stream';
import { SchildwachtDB } from '../../utils/db';
import { seedItem } from '../support/evidence-items';

export const name = 'aangifte export of one 2,000,000-character post (one word)';
const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'bench' }, os: { name: 'Linux', version: null } };

export async function run(): Promise<void> {
  const db = new SchildwachtDB(`bench-huge-${Date.now()}`);
  try {
    const word = 'x'.repeat(1_999_990) + 'WOONT-HIER';
    const item = await seedItem(db, { seed: 1, text: word, mhtmlBytes: 100_000 });
    const sink = new BlobSink();
    const t0 = performance.now();
    const result = await exportBundle({ db, itemIds: [item.id], sink, env, verifierHtml, personnelNumber: '123456' });
    const exportMs = performance.now() - t0;
    const zip = new Uint8Array(await sink.blob().arrayBuffer());
    const t1 = performance.now();
    const report = await verifyBundle(zipReader(zip, inflateRawStream));
    const verifyMs = performance.now() - t1;
    console.log(`export: ${(exportMs / 1000).toFixed(2)} s (target < 10 s), ZIP ${(zip.length / 1048576).toFixed(1)} MB, fingerprint ${result.fingerprint.slice(0, 16)}…`);
    console.log(`verify: ${(verifyMs / 1000).toFixed(2)} s, verdict ${report.ok ? 'consistent' : `NOT ok: ${report.problems.map((p) => p.code).join(', ')}`}`);
  } finally {
    await db.delete();
  }
}
