import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { exportBundle } from '../../../utils/bundle/export';
import { applyImport, planImport } from '../../../utils/bundle/import';
import { filesReader } from '../../../utils/bundle/reader';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { addNotice, recordCheck, setNoticeStatus } from '../../../utils/evidence/takedown-actions';
import { sha256Hex } from '../../../utils/hash';
import { seedItem } from '../../support/evidence-items';
import { unzipToMap } from '../../support/bundle-zip';
import { pdfText } from '../../support/pdf-text';

let db: SchildwachtDB;
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const reader = (files: Map<string, Uint8Array>) => filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes })));

async function bundleWithFollowUp() {
  const a = await seedItem(db, { seed: 21 });
  const n = await addNotice(db, a.id, { date: '2026-11-02', platform: 'X', route: 'dsa16', reference: 'X-REF-88231', status: 'gemeld' }, new Date('2026-11-02T09:00:00.000Z'));
  await setNoticeStatus(db, n.id, 'verwijderd', new Date('2026-11-09T09:00:00.000Z'));
  await recordCheck(db, a.id, 'verwijderd', 'het platform toont dat het bericht weg is', new Date('2026-11-10T09:00:00.000Z'));
  const sink = new BlobSink();
  await exportBundle({ db, itemIds: [a.id], sink, env, verifierHtml: '<html></html>', personnelNumber: '42' });
  return unzipToMap(new Uint8Array(await sink.blob().arrayBuffer()));
}

/** A forger who edits manifest.json and rewrites SHA256SUMS to match. */
async function forge(files: Map<string, Uint8Array>, edit: (m: any) => void) {
  const manifest = JSON.parse(dec(files.get('manifest.json')!));
  edit(manifest);
  const bytes = enc(JSON.stringify(manifest, null, 2));
  files.set('manifest.json', bytes);
  const hash = await sha256Hex(bytes);
  files.set('SHA256SUMS', enc(dec(files.get('SHA256SUMS')!).split('\n').map((l) => (l.endsWith('  manifest.json') ? `${hash}  manifest.json` : l)).join('\n')));
}

describe('the takedown follow-up in a bundle', { timeout: 30_000 }, () => {
  it('is in manifest.json and report.pdf, and the verifier finds every notice and check in the custody log', async () => {
    const files = await bundleWithFollowUp();
    const item = JSON.parse(dec(files.get('manifest.json')!)).items[0];
    expect(item.takedown.notices[0]).toMatchObject({ date: '2026-11-02', platform: 'X', route: 'dsa16', reference: 'X-REF-88231', status: 'verwijderd' });
    expect(item.takedown.notices[0].history.map((h: { status: string }) => h.status)).toEqual(['gemeld', 'verwijderd']);
    expect(item.takedown.checks).toEqual([expect.objectContaining({ at: '2026-11-10T09:00:00.000Z', result: 'verwijderd' })]);
    const report = await verifyBundle(reader(files));
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.takedown).toEqual([
      { itemNumber: 1, at: '2026-11-02T09:00:00.000Z', kind: 'notice', text: '2026-11-02, X, melding DSA art. 16, kenmerk X-REF-88231; status: gemeld → verwijderd' },
      { itemNumber: 1, at: '2026-11-10T09:00:00.000Z', kind: 'check', text: 'verwijderd (het platform toont dat het bericht weg is)' },
    ]);
    const pdf = pdfText(files.get('report.pdf')!);
    expect(pdf).toContain('Melding van 2026-11-02 bij X (melding DSA art. 16), kenmerk X-REF-88231');
    expect(pdf).toMatch(/Online-controle .*verwijderd — het platform toont dat het bericht weg is/);
  });

  it('flags a history the custody log does not back: a status made up, a check added', async () => {
    const files = await bundleWithFollowUp();
    await forge(files, (m) => { m.items[0].takedown.notices[0].history[1].status = 'afgewezen'; m.items[0].takedown.notices[0].status = 'afgewezen'; });
    const made = await verifyBundle(reader(files));
    expect(made.ok).toBe(false);
    expect(made.problems).toEqual([{ code: 'takedownUnbacked', detail: expect.stringMatching(/^item 1: melding [0-9a-f-]{36}$/) }]);
    // The verifiers list an event as found in the log only when it is: the made-up notice is not among them.
    expect(made.takedown.map((e) => e.kind)).toEqual(['check']);
    const again = await bundleWithFollowUp();
    await forge(again, (m) => m.items[0].takedown.checks.push({ ...m.items[0].takedown.checks[0], id: crypto.randomUUID(), result: 'online' }));
    const added = await verifyBundle(reader(again));
    expect(added.problems.map((p) => p.code)).toEqual(['takedownUnbacked']);
    expect(added.takedown.map((e) => e.text)).toEqual([expect.stringMatching(/gemeld → verwijderd$/), expect.stringMatching(/^verwijderd /)]);
  });

  it('comes along when a verified bundle is imported into another locker', async () => {
    const files = await bundleWithFollowUp();
    const report = await verifyBundle(reader(files));
    const other = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    try {
      await applyImport(other, await planImport(reader(files), report, new Date()));
      expect((await other.notices.toArray()).map((n) => n.status)).toEqual(['verwijderd']);
      expect((await other.checks.toArray()).map((c) => c.result)).toEqual(['verwijderd']);
    } finally {
      await other.delete();
    }
  });
});
