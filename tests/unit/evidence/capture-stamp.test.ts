import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../utils/bundle/export';
import { zipReader } from '../../../utils/bundle/reader';
import type { TrustPin } from '../../../utils/bundle/timestamp/pins';
import { makeTimestamper } from '../../../utils/bundle/timestamp/request';
import { inflateRawStream } from '../../../utils/bundle/unzip';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { SchildwachtDB } from '../../../utils/db';
import { STAMP_CHAIN, STAMP_FILE, retryDueStamps, stampCapture } from '../../../utils/evidence/capture-stamp';
import { seedItem } from '../../support/evidence-items';
import { type LocalTsa, nodePost, pinOf, startLocalTsa } from '../../support/local-tsa';

let db: SchildwachtDB;
let tsa: LocalTsa;
let pins: TrustPin[];
beforeAll(async () => {
  tsa = await startLocalTsa();
  pins = [await pinOf(tsa.caPem)];
}, 30_000);
afterAll(async () => { await tsa?.close(); });
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); tsa.down = false; });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };
const stamper = () => makeTimestamper(tsa.url, nodePost);
const custody = async (id: string) => db.custody.where('itemId').equals(id).sortBy('seq');

async function verified(ids: string[]) {
  const sink = new BlobSink();
  await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<html></html>', personnelNumber: '42' });
  return verifyBundle(zipReader(new Uint8Array(await sink.blob().arrayBuffer()), inflateRawStream), { pins });
}

describe('a timestamp at capture', { timeout: 30_000 }, () => {
  it('with the TSA up: is taken right away over metadata.json, stored with the item, logged, exported and verified', async () => {
    const item = await seedItem(db, { seed: 5, capturedAt: new Date(Date.now() - 3_000) });
    const outcome = await stampCapture(db, item.id, stamper());
    expect(outcome).toMatchObject({ kind: 'stamped' });
    if (outcome.kind !== 'stamped') return;
    expect(outcome.delayMs).toBeGreaterThanOrEqual(1_000);
    expect(outcome.delayMs).toBeLessThan(60_000);
    expect((await db.files.where('itemId').equals(item.id).toArray()).map((f) => f.name)).toEqual(expect.arrayContaining([STAMP_FILE, STAMP_CHAIN]));
    const meta = await db.files.get([item.id, 'metadata.json']);
    expect((await custody(item.id)).at(-1)).toMatchObject({ action: 'timestamp', detail: expect.stringContaining(`op metadata.json (sha256 ${meta!.sha256}): ${outcome.genTime} door CN=Schildwacht Test TSA, O=Test`) });
    expect(await stampCapture(db, item.id, stamper())).toEqual({ kind: 'skipped' });
    expect(tsa.requests).toBeGreaterThan(0);
    const report = await verified([item.id]);
    expect(report.problems).toEqual([]);
    expect(report.captureStamps).toEqual([{ itemNumber: 1, delayMs: outcome.delayMs, check: expect.objectContaining({ ok: true, trusted: true, genTime: outcome.genTime }) }]);
  });

  it('with the TSA down: is queued and logged once, then taken when the TSA is back, with the delay recorded', async () => {
    const capturedAt = new Date(Date.now() - 90_000);
    const item = await seedItem(db, { seed: 6, capturedAt });
    tsa.down = true;
    const first = await stampCapture(db, item.id, stamper(), () => new Date(capturedAt.getTime() + 1_000));
    expect(first).toMatchObject({ kind: 'queued', nextAt: capturedAt.getTime() + 31_000 });
    expect((await custody(item.id)).at(-1)).toMatchObject({ action: 'timestamp', detail: expect.stringMatching(/^tijdstempel bij vastleggen nog niet gelukt \(.+\); wordt opnieuw geprobeerd$/) });
    // Not due yet: nothing is sent. Due but still down: a second attempt, backing off, not logged again.
    const seen = tsa.requests;
    expect(await retryDueStamps(db, stamper(), () => new Date(capturedAt.getTime() + 2_000))).toBe(capturedAt.getTime() + 31_000);
    expect(await retryDueStamps(db, stamper(), () => new Date(capturedAt.getTime() + 40_000))).toBe(capturedAt.getTime() + 100_000);
    expect(await db.stampQueue.get(item.id)).toMatchObject({ attempts: 2, queuedAt: new Date(capturedAt.getTime() + 1_000).toISOString() });
    expect(tsa.requests).toBe(seen);
    expect(await custody(item.id)).toHaveLength(2);
    tsa.down = false;
    expect(await retryDueStamps(db, stamper(), () => new Date(capturedAt.getTime() + 100_000))).toBeNull();
    expect(await db.stampQueue.count()).toBe(0);
    const last = (await custody(item.id)).at(-1)!;
    expect(last.detail).toMatch(/, (8\d|9\d|1\d\d) s na het vastleggen, na 2 mislukte poging\(en\); metadata\.json\.tsr sha256 [0-9a-f]{64}$/);
    const report = await verified([item.id]);
    expect(report.problems).toEqual([]);
    expect(report.captureStamps[0]!.delayMs).toBeGreaterThanOrEqual(89_000);
  });

  it('a capture marked pending before its first attempt is picked up by a retry when that attempt never finished', async () => {
    const { pendingStamp } = await import('../../../utils/evidence/capture-stamp');
    const capturedAt = new Date(Date.now() - 5_000);
    const item = await seedItem(db, { seed: 10, capturedAt });
    await pendingStamp(db, item.id, capturedAt, 1_000); // the worker stopped right after this
    expect(await retryDueStamps(db, stamper())).toBeNull();
    const logged = (await custody(item.id)).filter((e) => e.action === 'timestamp');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.detail).not.toContain('mislukte poging');
    // A first failure after a pending mark is logged once, as any first failure.
    const other = await seedItem(db, { seed: 11 });
    await pendingStamp(db, other.id, new Date());
    tsa.down = true;
    expect(await stampCapture(db, other.id, stamper())).toMatchObject({ kind: 'queued' });
    expect((await custody(other.id)).filter((e) => e.action === 'timestamp').map((e) => e.detail)).toEqual([expect.stringMatching(/^tijdstempel bij vastleggen nog niet gelukt/)]);
  });

  it('two retries at once stamp an item once: one token, one custody entry', async () => {
    const item = await seedItem(db, { seed: 9 });
    const outcomes = await Promise.all([stampCapture(db, item.id, stamper()), stampCapture(db, item.id, stamper())]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['skipped', 'stamped']);
    expect((await custody(item.id)).filter((e) => e.action === 'timestamp')).toHaveLength(1);
    const logged = (await custody(item.id)).find((e) => e.action === 'timestamp')!.detail;
    expect(logged).toContain(`metadata.json.tsr sha256 ${(await db.files.get([item.id, STAMP_FILE]))!.sha256}`);
  });

  it('a capture timestamp over another metadata.json is caught by the verifier', async () => {
    const [a, b] = [await seedItem(db, { seed: 7 }), await seedItem(db, { seed: 8 })];
    await stampCapture(db, a.id, stamper());
    // Move a's token onto b, as a forger would to lend b an earlier time.
    const tsr = (await db.files.get([a.id, STAMP_FILE]))!;
    await db.files.put({ ...tsr, itemId: b.id });
    const report = await verified([b.id]);
    expect(report.problems).toContainEqual({ code: 'captureTimestamp', detail: 'item 1: de tijdstempel hoort niet bij deze metadata.json (vingerafdruk verschilt)' });
  });
});
