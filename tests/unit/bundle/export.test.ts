import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { custodyEntrySchema, verifyChains } from '../../../utils/evidence/custody';
import { exportBundle, type ExportOptions } from '../../../utils/bundle/export';
import { VerifyFailedError } from '../../../utils/bundle/item-writer';
import { manifestSchema } from '../../../utils/bundle/manifest';
import { filesReader } from '../../../utils/bundle/reader';
import { verifyBundle } from '../../../utils/bundle/verify';
import { parseSums } from '../../../utils/bundle/sha256sums';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { sha256Hex } from '../../../utils/hash';
import { seedItem } from '../../support/evidence-items';
import { text, unzipToMap } from '../../support/bundle-zip';
import { pdfText } from '../../support/pdf-text';

let db: SchildwachtDB;
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };

async function run(ids: string[], extra: Partial<ExportOptions> = {}) {
  const sink = new BlobSink(64 * 1024);
  const progress: string[] = [];
  const result = await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<!doctype html><title>v</title>', personnelNumber: '123456',
    onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`), ...extra });
  const zip = new Uint8Array(await sink.blob().arrayBuffer());
  return { result, zip, files: await unzipToMap(zip), progress };
}

describe('exportBundle', { timeout: 30_000 }, () => {
  it('fills the organisation\'s e-mail into each dsa-notice.txt when one is set', async () => {
    const a = await seedItem(db, { seed: 3, offence: 'doxing' });
    const { files } = await run([a.id], { dsaNoticeEmail: 'meldingen@politie.example' });
    const notice = [...files.entries()].find(([name]) => name.endsWith('/dsa-notice.txt'))!;
    expect(text(notice[1])).toContain('E-mailadres: meldingen@politie.example');
  });

  it('writes the contract layout with SHA256SUMS matching every other file', async () => {
    const a = await seedItem(db, { seed: 1, offence: 'bedreiging' });
    const b = await seedItem(db, { seed: 2, capturedAt: new Date(Date.UTC(2026, 2, 1)), text: 'Tweede bericht' });
    const { files, result, progress } = await run([a.id, b.id]);
    const names = [...files.keys()];
    // Oldest capture first: b is 01, a is 02.
    for (const [n, m] of [['01', b], ['02', a]] as const) {
      for (const f of ['screenshot.png', 'post.png', 'page.mhtml', 'metadata.json', 'annotation.json', 'dsa-notice.txt']) expect(names).toContain(`items/${n}-${m.id}/${f}`);
    }
    for (const f of ['manifest.json', 'SHA256SUMS', 'report.pdf', 'verify.html', 'custody.jsonl', 'schema/manifest.schema.json']) expect(names).toContain(f);
    const sums = parseSums(text(files.get('SHA256SUMS')));
    if (!sums.ok) throw new Error(sums.reason);
    expect(sums.entries.map((e) => e.path).sort()).toEqual(names.filter((n) => n !== 'SHA256SUMS').sort());
    for (const e of sums.entries) expect(await sha256Hex(files.get(e.path)! as Uint8Array<ArrayBuffer>)).toBe(e.sha256);
    expect(text(files.get('report.pdf')?.subarray(0, 5))).toBe('%PDF-');
    expect(result.fileName).toMatch(/^schildwacht-bijlage-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.zip$/);
    expect(progress).toContain('items:2/2');
    expect(progress.at(-1)).toBe('finish:1/1');
  });

  it('passes GNU sha256sum -c and unzip on the real files', async () => {
    const a = await seedItem(db, { seed: 3 });
    const { zip } = await run([a.id]);
    const dir = mkdtempSync(join(tmpdir(), 'sw-bundle-'));
    try {
      writeFileSync(join(dir, 'b.zip'), zip);
      execFileSync('unzip', ['-q', 'b.zip', '-d', 'out'], { cwd: dir });
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out') }).toString();
      expect(out.trim().split('\n').every((l) => l.endsWith(': OK'))).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).format).toBe('schildwacht-evidence');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('writes a manifest that matches its schema and lists every file with its hash', async () => {
    const a = await seedItem(db, { seed: 4, offence: 'doxing', notes: 'Mijn straatnaam staat erin' });
    const { files } = await run([a.id], { personnelNumber: '' });
    const manifest = manifestSchema.parse(JSON.parse(text(files.get('manifest.json'))));
    expect(manifest.personnelNumber).toBeNull();
    expect(manifest.items[0]).toMatchObject({ id: a.id, number: 1, offence: 'doxing', offenceArticle: 'art. 285d Sr' });
    for (const f of manifest.files) expect(await sha256Hex(files.get(f.path)! as Uint8Array<ArrayBuffer>)).toBe(f.sha256);
    // report.pdf is written after manifest.json (it prints the manifest's fingerprint), so the manifest cannot list it.
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...files.keys()].filter((n) => !['manifest.json', 'SHA256SUMS', 'report.pdf'].includes(n)).sort());
    // metadata.json is the frozen capture record, byte for byte; the officer's additions are annotation.json.
    const stored = await db.files.get([a.id, 'metadata.json']);
    expect(text(files.get(`items/01-${a.id}/metadata.json`))).toBe(await stored!.blob.text());
    expect(JSON.parse(text(files.get(`items/01-${a.id}/annotation.json`)))).toMatchObject({ itemId: a.id, offence: 'doxing', offenceArticle: 'art. 285d Sr', notes: 'Mijn straatnaam staat erin' });
  });

  it('writes a report.pdf a reader can follow: summary, quoted text, both clocks, statement, hashes, blank number line', async () => {
    const a = await seedItem(db, { seed: 30, offence: 'bedreiging', text: 'Wij weten waar je woont 😡 en we komen langs bij je gezin in de Dorpsstraat' });
    const { files } = await run([a.id], { personnelNumber: '' });
    const pdf = pdfText(files.get('report.pdf')!);
    expect(pdf).toContain('Bijlage bij aangifte');
    const fingerprint = await sha256Hex(files.get('manifest.json')! as Uint8Array<ArrayBuffer>);
    expect(pdf).toContain(`Vingerafdruk van deze bundel (SHA-256 van manifest.json) ${fingerprint}`);
    expect(pdf).toContain(`Neem in de aangifte op: "Bij deze aangifte hoort de bewijsbundel met vingerafdruk (SHA-256 van manifest.json) ${fingerprint}."`);
    expect(pdf.indexOf(fingerprint)).toBeLessThan(pdf.indexOf('Overzicht'));
    expect(pdf).toContain('Aangifte onder nummer');
    expect(pdf).toContain('______________ (niet ingesteld in Schildwacht: vul hier het nummer in waaronder de politie de aangifte opneemt');
    expect(pdf).toContain('Overzicht Nr Vastgelegd (Nederlandse tijd) Platform Auteur Strafbaar feit');
    expect(pdf).toContain('"Wij weten waar je woont [U+1F621] en we komen langs bij je gezin in de Dorpsstraat"');
    expect(pdf).toContain('2026-03-03 13:05:09.123 UTC');
    expect(pdf).toContain('3 maart 2026 om 14:05:09 (Nederlandse tijd, UTC+01:00)');
    expect(pdf).toContain('Op 3 maart 2026 om 14:05:09 uur (Nederlandse tijd) trof ik op X (voorheen Twitter), op de pagina');
    expect(pdf).toContain('Ik beschouw dit bericht als bedreiging (art. 285 Sr): bedreiging met onder meer openlijk geweld');
    expect(pdf).toContain('Ik ben politieambtenaar. Het bericht richt zich tot mij als politieambtenaar.');
    expect(pdf).toContain('VPT-code (Veilige Publieke Taak)');
    expect(pdf).toContain(a.files['screenshot.png']!.sha256);
    expect(pdf).toContain('de keten van vingerafdrukken is intact');
  });

  it('says in report.pdf when the page changed the post during the capture, with every reading', async () => {
    const readings = [{ at: 'hover' as const, text: 'We weten waar je woont' }, { at: 'capture' as const, text: 'Sterkte vanavond' }, { at: 'after' as const, text: 'We weten waar je woont' }];
    const a = await seedItem(db, { seed: 31, text: 'Sterkte vanavond', pageChanged: { readings } });
    const { files } = await run([a.id]);
    const pdf = pdfText(files.get('report.pdf')!);
    expect(pdf).toContain('Let op: pagina veranderde tijdens vastleggen.');
    expect(pdf).toContain('toen de aangever het bericht aanwees: "We weten waar je woont"');
    expect(pdf).toContain('bij het vastleggen: "Sterkte vanavond"');
    expect(JSON.parse(text(files.get(`items/01-${a.id}/metadata.json`))).pageChanged).toEqual({ readings });
  });

  it('says in report.pdf and the verification that an html2canvas picture is a reconstruction, not screen pixels', async () => {
    const a = await seedItem(db, { seed: 32, pixelsFrom: 'html2canvas' });
    const b = await seedItem(db, { seed: 33, pixelsFrom: 'browser', capturedAt: new Date(Date.UTC(2026, 2, 1)) });
    const { files } = await run([a.id, b.id]);
    const pdf = pdfText(files.get('report.pdf')!);
    expect(pdf).toContain('Let op: beeld nagebouwd met html2canvas, geen schermafbeelding.');
    expect(pdf).toContain('Reconstructie van de pagina zoals de aangever die zag (nagebouwd met html2canvas):');
    expect(pdf).toContain('nagebouwd met html2canvas uit de pagina (reconstructie)');
    expect(pdf).toContain('schermpixels van de browser');
    expect(pdf).toContain('vastgelegd met een met html2canvas nagebouwd beeld (geen schermafbeelding)');
    const report = await verifyBundle(filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes }))));
    expect(report).toMatchObject({ ok: true, reconstructed: [2] }); // b, captured first, is item 1
  });

  it('appends an export entry to every chain and ships an intact custody.jsonl', async () => {
    const a = await seedItem(db, { seed: 5 });
    const b = await seedItem(db, { seed: 6 });
    const { files, result } = await run([a.id, b.id]);
    const lines = text(files.get('custody.jsonl')).trimEnd().split('\n').map((l) => custodyEntrySchema.parse(JSON.parse(l)));
    expect(await verifyChains(lines)).toEqual({ ok: true });
    expect(lines.filter((l) => l.action === 'export').map((l) => l.detail)).toEqual([`geëxporteerd in bundel ${result.bundleId}`, `geëxporteerd in bundel ${result.bundleId}`]);
    expect(await db.custody.where('itemId').equals(a.id).count()).toBe(2);
  });

  it('stops on a stored file that no longer matches its capture hash, names the item and logs it', async () => {
    const a = await seedItem(db, { seed: 7 });
    const b = await seedItem(db, { seed: 8, capturedAt: new Date(Date.UTC(2026, 5, 1)) });
    const f = (await db.files.get([b.id, 'post.png']))!;
    const bytes = new Uint8Array(await f.blob.arrayBuffer());
    bytes[200] = bytes[200]! ^ 0xff;
    await db.files.put({ ...f, blob: new Blob([bytes]) });
    const sink = new BlobSink();
    const err = await exportBundle({ db, itemIds: [a.id, b.id], sink, env, verifierHtml: '', personnelNumber: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerifyFailedError);
    expect((err as VerifyFailedError).itemNumber).toBe(2);
    expect((err as Error).message).toContain('item 2');
    expect((err as Error).message).toContain('post.png');
    const log = await db.custody.where('itemId').equals(b.id).toArray();
    expect(log.map((e) => e.action)).toEqual(['capture', 'verify-failed']);
    expect(await verifyChains(log)).toEqual({ ok: true });
    // No export was logged for the item before it either.
    expect((await db.custody.where('itemId').equals(a.id).toArray()).map((e) => e.action)).toEqual(['capture']);
  });

  it('stops when the frozen metadata.json differs from the hash in the capture custody line', async () => {
    const a = await seedItem(db, { seed: 10 });
    const f = (await db.files.get([a.id, 'metadata.json']))!;
    const changed = new TextEncoder().encode((await f.blob.text()).replace('Dreiger', 'Iemand'));
    const sha256 = await sha256Hex(changed);
    await db.files.put({ ...f, blob: new Blob([changed]), sha256, size: changed.length });
    await expect(run([a.id])).rejects.toThrow(/metadata\.json: hash/);
    expect((await db.custody.where('itemId').equals(a.id).toArray()).map((e) => e.action)).toEqual(['capture', 'verify-failed']);
  });

  it('refuses an item whose metadata lists a file the locker lost', async () => {
    const a = await seedItem(db, { seed: 9 });
    await db.files.delete([a.id, 'page.mhtml']);
    await expect(run([a.id])).rejects.toThrow(/page\.mhtml ontbreekt/);
  });
});
