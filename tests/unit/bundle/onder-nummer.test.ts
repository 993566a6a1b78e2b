import { decode } from 'fast-png';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../utils/bundle/export';
import { manifestSchema } from '../../../utils/bundle/manifest';
import { leakIn } from '../../../utils/bundle/leak-check';
import { filesReader } from '../../../utils/bundle/reader';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { SchildwachtDB } from '../../../utils/db';
import type { RedactRect } from '../../../utils/evidence/identity';
import { emptyProfile } from '../../../utils/profile';
import { unzipToMap } from '../../support/bundle-zip';
import { seedItem } from '../../support/evidence-items';

let db: SchildwachtDB;
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };
const profile = { ...emptyProfile(), terms: { ...emptyProfile().terms, ownNames: ['Karin Smit'], homeStreet: ['Lindelaan'] }, personnelNumber: 'GTPA-77', accounts: [{ platform: 'x' as const, handle: '@wijkagent_karin' }] };
const nav: RedactRect = { x: 0, y: 600, width: 200, height: 80, why: 'account', inPost: false };
const inPost: RedactRect = { x: 400, y: 200, width: 120, height: 30, why: 'name', inPost: true };

async function run(ids: string[], keep: Record<string, number[]> = {}) {
  const sink = new BlobSink();
  await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<html></html>', personnelNumber: 'GTPA-77', onderNummer: { choice: { keep }, profile } });
  const zip = new Uint8Array(await sink.blob().arrayBuffer());
  return { zip, files: await unzipToMap(zip) };
}

describe('export onder nummer', () => {
  it('withholds the screenshot and page archive, committed by hash, and gives the screenshot with the officer blacked out', async () => {
    const item = await seedItem(db, { seed: 41, screenshot: [800, 700] });
    await db.items.update(item.id, { redact: [nav, inPost] });
    const { files } = await run([item.id]);
    const dir = `items/01-${item.id}/`;
    expect(files.has(`${dir}screenshot.png`)).toBe(false);
    expect(files.has(`${dir}page.mhtml`)).toBe(false);
    expect(files.has(`${dir}post.png`)).toBe(false); // the own name in the post was blacked out: the plain post.png stays out too
    const manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(files.get('manifest.json'))));
    expect(manifest.onderNummer).toBe(true);
    expect(manifest.withheld.map((w) => [w.path, w.sha256, w.status])).toEqual([
      [`${dir}screenshot.png`, item.files['screenshot.png']!.sha256, 'achtergehouden'],
      [`${dir}post.png`, item.files['post.png']!.sha256, 'achtergehouden'],
      [`${dir}page.mhtml`, item.files['page.mhtml']!.sha256, 'achtergehouden'],
    ]);
    const derived = manifest.files.find((f) => f.path === `${dir}screenshot-onder-nummer.png`)!;
    expect(derived).toMatchObject({ role: 'screenshot', derivedFrom: { path: `${dir}screenshot.png`, sha256: item.files['screenshot.png']!.sha256 } });
    expect(derived.redactions).toEqual([{ x: 0, y: 600, width: 200, height: 80 }, { x: 400, y: 200, width: 120, height: 30 }]);
    const png = decode(files.get(`${dir}screenshot-onder-nummer.png`)!);
    const px = (x: number, y: number) => Array.from(png.data.slice((y * png.width + x) * png.channels, (y * png.width + x) * png.channels + 3));
    expect(px(10, 650)).toEqual([0, 0, 0]);
    expect(px(450, 210)).toEqual([0, 0, 0]);
    expect(px(700, 100)).not.toEqual([0, 0, 0]);
    const report = await verifyBundle(filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes }))));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('keeps the own name inside the post visible when the officer decides so, and then the post image too', async () => {
    const item = await seedItem(db, { seed: 42, screenshot: [800, 700] });
    await db.items.update(item.id, { redact: [nav, inPost] });
    const { files } = await run([item.id], { [item.id]: [1] });
    const manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(files.get('manifest.json'))));
    expect(manifest.withheld.map((w) => w.path.split('/').pop())).toEqual(['screenshot.png', 'page.mhtml']);
    expect(files.has(`items/01-${item.id}/post.png`)).toBe(true);
    expect(manifest.files.find((f) => f.derivedFrom)!.redactions).toEqual([{ x: 0, y: 600, width: 200, height: 80 }]);
  });

  it('refuses, before anything is written or logged, when a text of the bundle would name the officer outside the post', async () => {
    const item = await seedItem(db, { seed: 43, url: 'https://x.com/wijkagent_karin/status/1876543210987654321', text: 'Karin Smit, we weten het.' });
    const before = await db.custody.count();
    await expect(run([item.id])).rejects.toThrow('Export onder nummer gestopt: metadata.json van item 1 noemt uw eigen account (wijkagent_karin). Er is niets geëxporteerd');
    expect(await db.custody.count()).toBe(before);
    // The post's own words are captured content: they are the officer's decision, not a leak.
    expect(leakIn('{"text":"Karin Smit, we weten het.","url":"https://x.com/a/status/1"}', profile, { text: 'Karin Smit, we weten het.' })).toBeNull();
    expect(leakIn('Zaak Lindelaan 12', profile, null)).toBe('uw straat (Lindelaan)');
  });

  it('delivers the withheld originals later for the police, checked against the hashes the bundle onder nummer committed', async () => {
    const item = await seedItem(db, { seed: 44, screenshot: [800, 700] });
    await db.items.update(item.id, { redact: [nav] });
    const filed = await run([item.id]);
    const record = (await db.exports.toArray())[0]!;
    expect(record.manifest).toBe(new TextDecoder().decode(filed.files.get('manifest.json')));
    const sink = new BlobSink();
    await exportBundle({ db, itemIds: [item.id], sink, env, verifierHtml: '<html></html>', personnelNumber: 'GTPA-77', originalsOf: record });
    const files = await unzipToMap(new Uint8Array(await sink.blob().arrayBuffer()));
    const reader = () => filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes })));
    const report = await verifyBundle(reader());
    expect(report.problems).toEqual([]);
    expect(report.originals).toEqual({ bundleId: record.bundleId, fingerprint: record.fingerprint, matched: 2, committed: 2 });
    // A forged copy of the manifest onder nummer, or another original in place of the committed one, is caught.
    const forged = new TextEncoder().encode(record.manifest.replace(item.files['page.mhtml']!.sha256, 'f'.repeat(64)));
    files.set('onder-nummer/manifest.json', forged);
    expect((await verifyBundle(reader())).problems.map((p) => p.code)).toContain('originalsUnanchored');
    files.set('onder-nummer/manifest.json', new TextEncoder().encode(record.manifest));
    files.delete(`items/01-${item.id}/page.mhtml`);
    expect((await verifyBundle(reader())).problems).toContainEqual({ code: 'originalMismatch', detail: `items/01-${item.id}/page.mhtml` });
  });

  it('refuses when a name blacked out in the screenshot is still in the post\'s quoted text; sees names through odd spacing', async () => {
    const item = await seedItem(db, { seed: 45, screenshot: [800, 700], text: 'Die agente heet Karin Smit, zoek haar op.' });
    await db.items.update(item.id, { redact: [inPost] });
    await expect(run([item.id])).rejects.toThrow(`Export onder nummer gestopt: het bericht van item 1 noemt zelf uw eigen naam (Karin Smit)`);
    // Kept as evidence: the officer's decision, exported.
    const { files } = await run([item.id], { [item.id]: [0] });
    expect(files.has(`items/01-${item.id}/post.png`)).toBe(true);
    expect(leakIn('Notitie: Karin\u00a0\u00a0Smit belde', profile, null)).toBe('uw eigen naam (Karin Smit)');
    expect(leakIn('wijkagent\u200b_karin', profile, null)).toBe('uw eigen account (wijkagent_karin)');
  });

  it('is not imported into a locker: its originals are missing', async () => {
    const item = await seedItem(db, { seed: 46, screenshot: [800, 700] });
    const { files } = await run([item.id]);
    const reader = filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes })));
    const { planImport } = await import('../../../utils/bundle/import');
    await expect(planImport(reader, await verifyBundle(reader), new Date())).rejects.toThrow('dit is een bundel onder nummer: de originelen ontbreken');
  });
});
