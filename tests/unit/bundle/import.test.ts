import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { verifyChains } from '../../../utils/evidence/custody';
import { exportBundle } from '../../../utils/bundle/export';
import { ImportRefused, applyImport, planImport } from '../../../utils/bundle/import';
import { type BundleReader, zipReader } from '../../../utils/bundle/reader';
import { inflateRawStream, listZip } from '../../../utils/bundle/unzip';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { sha256Hex } from '../../../utils/hash';
import { seedItem } from '../../support/evidence-items';

let source: SchildwachtDB;
let target: SchildwachtDB;
beforeEach(() => { source = new SchildwachtDB(`s-${crypto.randomUUID()}`); target = new SchildwachtDB(`t-${crypto.randomUUID()}`); });
afterEach(async () => { await source.delete(); await target.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };

async function exportFrom(db: SchildwachtDB, ids: string[]) {
  const sink = new BlobSink();
  await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<html></html>', personnelNumber: '42', caseReference: 'GTPA-2026-17' });
  return new Uint8Array(await sink.blob().arrayBuffer());
}

async function importInto(db: SchildwachtDB, r: BundleReader) {
  const plan = await planImport(r, await verifyBundle(r), new Date(Date.UTC(2026, 3, 1)));
  await applyImport(db, plan);
  return plan;
}

const counts = async (db: SchildwachtDB) => Promise.all([db.items.count(), db.files.count(), db.custody.count(), db.cases.count(), db.annotations.count()]);

describe('importing a bundle into the locker', { timeout: 30_000 }, () => {
  it('an item captured from a 2,130-character URL (tracking parameters) exports, verifies and imports', async () => {
    const url = `https://www.facebook.com/groups/4411/posts/8822/?${'__cft__[0]=AZW&__tn__=%2CO%2CP-R&'.repeat(60)}`.slice(0, 2_130);
    const a = await seedItem(source, { seed: 40, url });
    const zip = await exportFrom(source, [a.id]);
    const report = await verifyBundle(zipReader(zip, inflateRawStream));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    await importInto(target, zipReader(zip, inflateRawStream));
    expect((await target.items.get(a.id))?.metadata.url).toBe(url);
  });

  it('imports an intact bundle with its files, annotation, case and custody chain plus an import entry', async () => {
    const a = await seedItem(source, { seed: 21, offence: 'belaging', notes: 'derde keer deze week' });
    const b = await seedItem(source, { seed: 22 });
    const zip = await exportFrom(source, [a.id, b.id]);
    const plan = await importInto(target, zipReader(zip, inflateRawStream));
    expect(await target.items.get(a.id)).toMatchObject({ metadata: a, caseId: plan.caseRecord.id });
    expect((await target.cases.get(plan.caseRecord.id))?.title).toBe('Bundel GTPA-2026-17 (geïmporteerd)');
    for (const name of ['screenshot.png', 'post.png', 'page.mhtml', 'metadata.json']) {
      const [orig, copy] = await Promise.all([source.files.get([a.id, name]), target.files.get([a.id, name])]);
      expect(copy!.sha256).toBe(orig!.sha256);
      expect(await sha256Hex(new Uint8Array(await copy!.blob.arrayBuffer()))).toBe(orig!.sha256);
    }
    expect(await target.annotations.get(a.id)).toMatchObject({ offence: 'belaging', notes: 'derde keer deze week' });
    const log = await target.custody.where('itemId').equals(a.id).sortBy('seq');
    expect(log.map((e) => e.action)).toEqual(['capture', 'export', 'import']);
    expect(await verifyChains(log)).toEqual({ ok: true });
    // An imported item exports again: its hashes and capture line still hold.
    const again = await verifyBundle(zipReader(await exportFrom(target, [a.id]), inflateRawStream));
    expect(again.ok).toBe(true);
  });

  it('refuses a tampered bundle with the file named, and stores nothing', async () => {
    const a = await seedItem(source, { seed: 23 });
    const zip = await exportFrom(source, [a.id]);
    const entry = listZip(zip).find((e) => e.name.endsWith('/screenshot.png'))!;
    zip[entry.offset + 30 + entry.name.length + 1000] = zip[entry.offset + 30 + entry.name.length + 1000]! ^ 0x10;
    const err = await importInto(target, zipReader(zip, inflateRawStream)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as Error).message).toBe(`${entry.name}: vingerafdruk klopt niet`);
    expect(await counts(target)).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses the same bundle twice and leaves the first import as it was', async () => {
    const a = await seedItem(source, { seed: 24 });
    const zip = await exportFrom(source, [a.id]);
    await importInto(target, zipReader(zip, inflateRawStream));
    const before = await counts(target);
    await expect(importInto(target, zipReader(zip, inflateRawStream))).rejects.toThrow(/staat al in de bewijskluis/);
    expect(await counts(target)).toEqual(before);
  });
});
