/**
 * Aangifte export of 100 items with realistic sizes (1280×900 screenshot with a photo,
 * ~550 kB; post image ~100 kB; MHTML ~1.5 MB): time, and peak memory above the baseline
 * while exporting, into a file (streaming) and into a Blob as the extension page does.
 * The ZIP is then checked with `unzip -t` and `sha256sum -c`.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchildwachtDB } from '../../utils/db';
import { exportBundle } from '../../utils/bundle/export';
import { verifierHtml } from '../../utils/bundle/verify-page/verifier-html';
import { BlobSink, type ZipSink } from '../../utils/bundle/zip-stream';
import { seedItem } from '../support/evidence-items';
import { makePng } from '../support/png';

/** `BENCH_ITEMS=1000 npm run bench export.bench` for the large run (to a file only). */
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100);
export const name = `aangifte export, ${ITEMS} items`;
const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'bench' }, os: { name: 'Linux', version: null } };

class FileSink implements ZipSink {
  private fd: number;
  constructor(readonly path: string) { this.fd = openSync(path, 'w'); }
  write(chunk: Uint8Array) { writeSync(this.fd, chunk); }
  close() { closeSync(this.fd); }
}

/** Samples RSS and JS+ArrayBuffer memory every 20 ms while `work` runs; returns peaks above the start. */
async function measure<T>(work: () => Promise<T>) {
  const mem = () => { const m = process.memoryUsage(); return { rss: m.rss, js: m.heapUsed + m.arrayBuffers }; };
  const start = mem();
  const peak = { ...start };
  const timer = setInterval(() => { const m = mem(); peak.rss = Math.max(peak.rss, m.rss); peak.js = Math.max(peak.js, m.js); }, 20);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const end = mem();
  return { result, ms, rss: Math.max(peak.rss, end.rss) - start.rss, js: Math.max(peak.js, end.js) - start.js };
}

export async function run(): Promise<void> {
  const db = new SchildwachtDB(`bench-${Date.now()}`);
  const pngs = Array.from({ length: 10 }, (_, i) => ({ screenshot: makePng(1280, 900, i + 1, false, 0.4), post: makePng(640, 300, i + 101, false, 0.5) }));
  const ids: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    ids.push((await seedItem(db, { seed: i + 1, pngs: pngs[i % pngs.length], mhtmlBytes: 1_500_000, offence: 'bedreiging',
      capturedAt: new Date(Date.UTC(2026, 2, 1, 12, 0, i)) })).id);
  }
  const input = (await db.files.toArray()).reduce((s, f) => s + f.size, 0);
  console.log(`input: ${ITEMS} items, ${MB(input)} of stored files`);
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-'));
  try {
    const file = new FileSink(join(dir, 'bundle.zip'));
    const toFile = await measure(() => exportBundle({ db, itemIds: ids, sink: file, env, verifierHtml, personnelNumber: '123456' }));
    file.close();
    const size = statSync(file.path).size;
    console.log(`export to file:  ${(toFile.ms / 1000).toFixed(2)} s, ZIP ${MB(size)}, peak memory above baseline: RSS +${MB(toFile.rss)}, JS heap+ArrayBuffers +${MB(toFile.js)}`);
    execFileSync('unzip', ['-q', '-t', 'bundle.zip'], { cwd: dir });
    execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: dir });
    const lines = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out') }).toString().trim().split('\n');
    console.log(`check: unzip -t OK, sha256sum -c ${lines.filter((l) => l.endsWith(': OK')).length}/${lines.length} OK; report.pdf ${MB(statSync(join(dir, 'out', 'report.pdf')).size)}`);
    // Node keeps a Blob in memory: the Blob run only says something at 100 items.
    if (ITEMS > 100) return;
    const blob = new BlobSink();
    const toBlob = await measure(() => exportBundle({ db, itemIds: ids, sink: blob, env, verifierHtml, personnelNumber: '123456' }));
    console.log(`export to Blob:  ${(toBlob.ms / 1000).toFixed(2)} s, ZIP ${MB(blob.bytes)}, peak memory above baseline: RSS +${MB(toBlob.rss)}, JS heap+ArrayBuffers +${MB(toBlob.js)} (Node keeps Blob parts in memory; Chromium pages them to disk)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.delete();
  }
}
