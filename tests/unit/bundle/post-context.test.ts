import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { exportBundle } from '../../../utils/bundle/export';
import { manifestSchema } from '../../../utils/bundle/manifest';
import { filesReader } from '../../../utils/bundle/reader';
import { verifyBundle } from '../../../utils/bundle/verify';
import { BlobSink } from '../../../utils/bundle/zip-stream';
import { captureTargetSchema } from '../../../utils/evidence/capture-target';
import { buildMetadata } from '../../../utils/evidence/metadata-build';
import { metadataSchema } from '../../../utils/evidence/model';
import { target } from '../evidence/make-item';
import { seedItem } from '../../support/evidence-items';
import { text, unzipToMap } from '../../support/bundle-zip';
import { pdfText } from '../../support/pdf-text';

/** A Telegram message's context (channel, forward origin, media) in metadata.json, report.pdf and the verification. */
let db: SchildwachtDB;
beforeEach(() => { db = new SchildwachtDB(`test-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };
const context = {
  channel: { name: 'Lombok Leaks', id: '@lombokleaks' },
  forwardedFrom: 'Utrecht Nieuws Alternatief',
  media: [{ kind: 'photo' as const, name: null }, { kind: 'document' as const, name: 'adressen_lombok_oost.pdf' }],
};

async function run(ids: string[]) {
  const sink = new BlobSink(64 * 1024);
  await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<!doctype html><title>v</title>', personnelNumber: '123456' });
  return unzipToMap(new Uint8Array(await sink.blob().arrayBuffer()));
}

describe('post context of a chat message', { timeout: 30_000 }, () => {
  it('is optional: metadata without it (older items, other platforms) stays valid', async () => {
    const plain = await seedItem(db, { seed: 41 });
    expect(plain.context).toBeUndefined();
    expect(metadataSchema.safeParse(plain).success).toBe(true);
    expect(metadataSchema.safeParse({ ...plain, context: { ...context, media: [{ kind: 'hologram', name: null }] } }).success).toBe(false);
  });

  it('comes from the capture target into metadata.json (and is absent when the extractor gave none)', () => {
    const facts = {
      id: crypto.randomUUID(), tabUrl: 'https://web.telegram.org/k/#@lombokleaks', tabTitle: 'Telegram Web', capturedAt: new Date('2026-01-04T18:40:55.123Z'),
      timeZone: 'Europe/Amsterdam', serverDate: null, userAgent: 'UA', browserVersion: 'Chromium 140', extensionVersion: '0.1.0', files: {}, pixelsFrom: 'browser' as const,
    };
    const plain = target({ platform: 'telegram' });
    const sent = captureTargetSchema.parse({ ...plain, post: { ...plain.post!, info: { ...plain.post!.info, context } } });
    expect(buildMetadata(sent, facts).context).toEqual(context);
    expect('context' in buildMetadata(plain, facts)).toBe(false);
  });

  it('goes into the exported metadata.json, into report.pdf, and the bundle verifies', async () => {
    const a = await seedItem(db, {
      seed: 42, platform: 'telegram', url: 'https://web.telegram.org/k/#@lombokleaks', context,
      author: { name: 'Lombok Leaks', handle: '@lombokleaks', profileUrl: 'https://t.me/lombokleaks', accountId: '-1987654321' },
    });
    const b = await seedItem(db, { seed: 43, capturedAt: new Date(Date.UTC(2026, 2, 1)) });
    const files = await run([a.id, b.id]);
    expect(JSON.parse(text(files.get(`items/02-${a.id}/metadata.json`))).context).toEqual(context);
    expect(manifestSchema.parse(JSON.parse(text(files.get('manifest.json')))).items.map((i) => i.platform)).toEqual(['x', 'telegram']);
    const pdf = pdfText(files.get('report.pdf')!);
    expect(pdf).toContain('Item 2 — Telegram');
    expect(pdf).toContain('Lombok Leaks, id @lombokleaks');
    expect(pdf).toContain('Utrecht Nieuws Alternatief');
    expect(pdf).toContain('foto, document: adressen_lombok_oost.pdf');
    expect(pdf.match(/Kanaal of groep/g)).toHaveLength(1);
    const report = await verifyBundle(filesReader([...files].map(([path, bytes]) => ({ path, read: async () => bytes }))));
    expect(report).toMatchObject({ ok: true });
  });
});
