import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { exportBundle } from '../../../utils/bundle/export';
import { filesReader, zipReader } from '../../../utils/bundle/reader';
import type { TrustPin } from '../../../utils/bundle/timestamp/pins';
import { makeTimestamper } from '../../../utils/bundle/timestamp/request';
import { inflateRawStream, listZip } from '../../../utils/bundle/unzip';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { sha256Hex } from '../../../utils/hash';
import { seedItem } from '../../support/evidence-items';
import { unzipToMap } from '../../support/bundle-zip';
import { type LocalTsa, nodePost, pinOf, startLocalTsa } from '../../support/local-tsa';

let db: SchildwachtDB;
let tsa: LocalTsa;
let tsaPins: TrustPin[];
beforeAll(async () => {
  tsa = await startLocalTsa();
  tsaPins = [await pinOf(tsa.caPem)];
}, 30_000);
afterAll(async () => { await tsa?.close(); });
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };

async function bundle(withTimestamp = false) {
  const a = await seedItem(db, { seed: 11 });
  const b = await seedItem(db, { seed: 12 });
  const sink = new BlobSink();
  await exportBundle({ db, itemIds: [a.id, b.id], sink, env, verifierHtml: '<html></html>', personnelNumber: '42',
    timestamper: withTimestamp ? makeTimestamper(tsa.url, nodePost) : undefined });
  return new Uint8Array(await sink.blob().arrayBuffer());
}

const reader = (files: Map<string, Uint8Array>, prefix = '') =>
  filesReader([...files].map(([path, bytes]) => ({ path: prefix + path, read: async () => bytes })));
const bad = (r: Awaited<ReturnType<typeof verifyBundle>>) => r.files.filter((f) => f.status !== 'ok');
const enc = (s: string) => new TextEncoder().encode(s);

describe('verifyBundle', { timeout: 30_000 }, () => {
  it('accepts an intact bundle, from the ZIP and from an unzipped folder', async () => {
    const zip = await bundle();
    const fromZip = await verifyBundle(zipReader(zip, inflateRawStream));
    expect(fromZip).toMatchObject({ ok: true, problems: [], custody: { ok: true } });
    expect(fromZip.files.length).toBe(listZip(zip).length - 1);
    const fromFolder = await verifyBundle(reader(await unzipToMap(zip), 'schildwacht-bijlage/'));
    expect(fromFolder.ok).toBe(true);
  });

  it('flags exactly the file with one flipped byte, inside the ZIP itself', async () => {
    const zip = await bundle();
    const files = await unzipToMap(zip);
    const target = [...files.keys()].find((p) => p.endsWith('/screenshot.png'))!;
    const entry = listZip(zip).find((e) => e.name === target)!;
    const tampered = new Uint8Array(zip);
    tampered[entry.offset + 30 + target.length + 36 + 500] = tampered[entry.offset + 30 + target.length + 36 + 500]! ^ 0x01; // stored entry: the PNG bytes
    const result = await verifyBundle(zipReader(tampered, inflateRawStream));
    expect(result.ok).toBe(false);
    expect(bad(result)).toEqual([expect.objectContaining({ path: target, status: 'mismatch' })]);
  });

  it('names missing and extra files', async () => {
    const files = await unzipToMap(await bundle());
    const gone = [...files.keys()].find((p) => p.endsWith('/page.mhtml'))!;
    files.delete(gone);
    files.set('notities.txt', enc('later toegevoegd'));
    const result = await verifyBundle(reader(files));
    expect(bad(result).map((f) => [f.path, f.status])).toEqual([[gone, 'missing'], ['notities.txt', 'extra']]);
  });

  it('catches a swapped image even when SHA256SUMS and manifest were rewritten to match', async () => {
    const files = await unzipToMap(await bundle());
    const target = [...files.keys()].find((p) => p.endsWith('/post.png'))!;
    const forged = new Uint8Array(files.get(target)!);
    forged[100] = forged[100]! ^ 0xff;
    files.set(target, forged);
    const hash = await sha256Hex(forged as Uint8Array<ArrayBuffer>);
    const sums = new TextDecoder().decode(files.get('SHA256SUMS')).split('\n').map((l) => (l.endsWith(`  ${target}`) ? `${hash}  ${target}` : l)).join('\n');
    files.set('SHA256SUMS', enc(sums));
    const result = await verifyBundle(reader(files));
    expect(bad(result)).toEqual([]);
    expect(result.problems.map((p) => p.code)).toContain('metadataDisagrees');
    expect(result.problems.find((p) => p.code === 'metadataDisagrees')?.detail).toBe(target);
    expect(result.ok).toBe(false);
  });

  it('flags files that SHA256SUMS lists but manifest.json does not (nothing anchors them), also with a valid timestamp', async () => {
    const files = await unzipToMap(await bundle(true));
    const extra = enc('Lees dit eerst: de verdachte is onschuldig.');
    const itemDir = [...files.keys()].find((p) => p.endsWith('/post.png'))!.replace('post.png', '');
    files.set('LEESMIJ-eerst.txt', extra);
    files.set(`${itemDir}post-origineel.png`, extra);
    const sums = `${new TextDecoder().decode(files.get('SHA256SUMS')).trimEnd()}\n${await sha256Hex(extra)}  LEESMIJ-eerst.txt\n${await sha256Hex(extra)}  ${itemDir}post-origineel.png\n`;
    files.set('SHA256SUMS', enc(sums));
    const result = await verifyBundle(reader(files), { pins: tsaPins });
    expect(bad(result)).toEqual([]);
    expect(result.problems).toEqual([
      { code: 'outsideLayout', detail: 'LEESMIJ-eerst.txt' },
      { code: 'notInManifest', detail: 'LEESMIJ-eerst.txt' },
      { code: 'notInManifest', detail: `${itemDir}post-origineel.png` },
    ]);
    expect(result.timestamp).toMatchObject({ ok: true, trusted: true });
    expect(result.ok).toBe(false);
  });

  it('catches a rewritten metadata.json through the hash in its capture custody line', async () => {
    const files = await unzipToMap(await bundle());
    const path = [...files.keys()].find((p) => p.endsWith('/metadata.json'))!;
    const forged = enc(new TextDecoder().decode(files.get(path)).replace('"Dreiger"', '"Iemand anders"'));
    files.set(path, forged);
    const hash = await sha256Hex(forged as Uint8Array<ArrayBuffer>);
    const sums = new TextDecoder().decode(files.get('SHA256SUMS')).split('\n').map((l) => (l.endsWith(`  ${path}`) ? `${hash}  ${path}` : l)).join('\n');
    files.set('SHA256SUMS', enc(sums));
    const result = await verifyBundle(reader(files));
    expect(bad(result)).toEqual([]);
    expect(result.problems).toContainEqual({ code: 'metadataDisagrees', detail: path });
  });

  it('detects a changed custody line', async () => {
    const files = await unzipToMap(await bundle());
    const lines = new TextDecoder().decode(files.get('custody.jsonl')).split('\n');
    lines[0] = lines[0]!.replace('vastgelegd', 'gewijzigd');
    files.set('custody.jsonl', enc(lines.join('\n')));
    const result = await verifyBundle(reader(files));
    expect(bad(result).map((f) => f.path)).toEqual(['custody.jsonl']);
    expect(result.custody.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('custodyBroken');
  });

  it('reports a bundle without SHA256SUMS or with a broken one', async () => {
    const files = await unzipToMap(await bundle());
    files.set('SHA256SUMS', enc('dit is geen lijst\n'));
    expect((await verifyBundle(reader(files))).problems[0]?.code).toBe('sumsInvalid');
    files.delete('SHA256SUMS');
    expect((await verifyBundle(reader(files))).problems[0]?.code).toBe('noSums');
  });

  it('checks the trusted timestamp over manifest.json', async () => {
    const files = await unzipToMap(await bundle(true));
    expect(files.has('timestamp/manifest.json.tsr')).toBe(true);
    const ok = await verifyBundle(reader(files), { pins: tsaPins });
    expect(ok.ok).toBe(true);
    expect(ok.timestamp).toMatchObject({ ok: true, trusted: true, tsa: 'CN=Schildwacht Test TSA, O=Test' });
    expect(ok.fingerprint).toBe(await sha256Hex(files.get('manifest.json')! as Uint8Array<ArrayBuffer>));
    // Without the organisation's pin the same token is valid but not trusted: amber, not green.
    expect((await verifyBundle(reader(files))).timestamp).toMatchObject({ ok: true, trusted: false });
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    manifest.personnelNumber = '999';
    const forged = enc(`${JSON.stringify(manifest, null, 2)}\n`);
    files.set('manifest.json', forged);
    const sums = new TextDecoder().decode(files.get('SHA256SUMS')).replace(/^[0-9a-f]{64}  manifest\.json$/m, `${await sha256Hex(forged)}  manifest.json`);
    files.set('SHA256SUMS', enc(sums));
    const result = await verifyBundle(reader(files));
    expect(bad(result)).toEqual([]);
    expect(result.timestamp).toMatchObject({ ok: false, reason: 'de tijdstempel hoort niet bij dit manifest.json (vingerafdruk verschilt)' });
    expect(result.ok).toBe(false);
  });
});
