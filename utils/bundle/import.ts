import type { CaseRecord, SchildwachtDB, StoredFile, StoredItem } from '../db';
import { type CustodyEntry, nextEntry } from '../evidence/custody';
import { type Annotation, type Metadata, metadataSchema } from '../evidence/model';
import { searchText } from '../evidence/metadata-build';
import { annotationFileSchema, fromAnnotationFile } from './annotation-file';
import type { BundleReader } from './reader';
import { UNTRUSTED } from './timestamp/check';
import { STAMP_CHAIN, STAMP_FILE } from '../evidence/capture-stamp';
import type { VerifyReport } from './verify';
import type { Notice, OnlineCheck } from '../evidence/takedown';
import { THUMBNAIL, thumbOf } from '../evidence/thumbs';

export interface ImportPlan {
  bundleId: string;
  items: StoredItem[];
  files: StoredFile[];
  annotations: Annotation[];
  custody: CustodyEntry[];
  notices: Notice[];
  checks: OnlineCheck[];
  caseRecord: CaseRecord;
}

export class ImportRefused extends Error {}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', mhtml: 'multipart/related', json: 'application/json', webp: 'image/webp', wacz: 'application/wacz' };
const typeOf = (name: string) => TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;

/** Why a checked bundle may not be imported, in Dutch; null when it may. */
export function refusalReason(report: VerifyReport): string | null {
  const file = report.files.find((f) => f.status !== 'ok');
  if (file) return `${file.path}: ${file.status === 'mismatch' ? 'vingerafdruk klopt niet' : file.status === 'missing' ? 'ontbreekt' : file.status === 'extra' ? 'hoort niet bij de bundel' : 'onleesbaar'}`;
  const problem = report.problems[0];
  if (problem) return `${problem.code}: ${problem.detail}`;
  // A timestamp anyone can make is a claim the locker must not take over as evidence.
  const untrusted = [report.timestamp, ...report.captureStamps.map((s) => s.check)].find((c) => c && !c.trusted);
  if (untrusted) return `tijdstempel: ${UNTRUSTED} (${untrusted.tsa ?? 'onbekend'})`;
  return report.manifest ? null : 'geen manifest.json';
}

/**
 * Turns a verified bundle into locker records: each item's frozen metadata.json and
 * artefacts, the officer's annotation, the custody chain from the bundle plus one
 * 'import' entry per item. Throws ImportRefused when the bundle did not verify.
 */
export async function planImport(r: BundleReader, report: VerifyReport, now: Date): Promise<ImportPlan> {
  const refusal = refusalReason(report);
  if (refusal || !report.manifest) throw new ImportRefused(refusal ?? 'geen manifest.json');
  // A bundle onder nummer lacks the originals a locker item needs; they come in "Originelen voor de politie".
  if (report.manifest.withheld.length) throw new ImportRefused('dit is een bundel onder nummer: de originelen ontbreken; importeer de bundel "Originelen voor de politie"');
  const m = report.manifest;
  const caseRecord = { id: crypto.randomUUID(), title: `Bundel ${m.caseReference ?? m.bundleId.slice(0, 8)} (geïmporteerd)`, createdAt: now.toISOString() };
  const plan: ImportPlan = { bundleId: m.bundleId, items: [], files: [], annotations: [], custody: [], notices: [], checks: [], caseRecord };
  for (const it of m.items) {
    const metaBytes = await r.read(`${it.dir}metadata.json`);
    const metadata: Metadata = metadataSchema.parse(json(metaBytes));
    plan.items.push({ id: metadata.id, capturedAt: metadata.capturedAt, platform: metadata.platform, caseId: caseRecord.id, search: searchText(metadata), metadata });
    const stamps = [STAMP_FILE, STAMP_CHAIN].filter((n) => r.paths.includes(it.dir + n)).map((n) => [n, null] as const);
    for (const [name, entry] of [...Object.entries(metadata.files), ['metadata.json', null] as const, ...stamps]) {
      const bytes = name === 'metadata.json' ? metaBytes : await r.read(it.dir + name);
      const sha256 = entry?.sha256 ?? report.files.find((f) => f.path === it.dir + name)!.actual!;
      plan.files.push({ itemId: metadata.id, name, type: typeOf(name), size: bytes.length, sha256, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: typeOf(name) }) });
    }
    if (r.paths.includes(`${it.dir}annotation.json`)) {
      const a = fromAnnotationFile(annotationFileSchema.parse(json(await r.read(`${it.dir}annotation.json`))));
      if (a) plan.annotations.push(a);
    }
    // The takedown follow-up comes along (the verify step found each of its custody lines).
    plan.notices.push(...(it.takedown?.notices ?? []).map((n) => ({ ...n, itemId: metadata.id })));
    plan.checks.push(...(it.takedown?.checks ?? []).map((c) => ({ ...c, itemId: metadata.id })));
    const chain = report.custody.entries.filter((e) => e.itemId === metadata.id);
    plan.custody.push(...chain, await nextEntry(chain.at(-1), metadata.id, 'import', `geïmporteerd uit bundel ${m.bundleId}`, now));
  }
  return plan;
}

/** Stores a plan all-or-nothing in one transaction; refuses when an item is already in the locker. */
export async function applyImport(db: SchildwachtDB, plan: ImportPlan): Promise<void> {
  const thumbs = (await Promise.all(plan.files.filter((f) => f.name === THUMBNAIL).map((f) => thumbOf(f.itemId, [f])))).flat();
  await db.transaction('rw', [db.items, db.files, db.thumbs, db.annotations, db.custody, db.cases, db.notices, db.checks], async () => {
    const existing = await db.items.bulkGet(plan.items.map((i) => i.id));
    const dup = existing.findIndex(Boolean);
    if (dup >= 0) throw new ImportRefused(`item ${dup + 1} (${plan.items[dup]!.id}) staat al in de bewijskluis`);
    const logged = await db.custody.where('itemId').anyOf(plan.items.map((i) => i.id)).first();
    if (logged) throw new ImportRefused(`het logboek van item ${logged.itemId} staat al in de bewijskluis (eerder verwijderd?)`);
    await db.cases.add(plan.caseRecord);
    await db.items.bulkAdd(plan.items);
    await db.files.bulkAdd(plan.files);
    await db.thumbs.bulkAdd(thumbs);
    await db.annotations.bulkPut(plan.annotations);
    await db.custody.bulkAdd(plan.custody);
    await db.notices.bulkAdd(plan.notices);
    await db.checks.bulkAdd(plan.checks);
  });
}
