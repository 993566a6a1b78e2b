import type { SchildwachtDB } from '../db';
import { appendCustody } from '../evidence/store';
import { custodyOf } from './custody-append';
import { canonicalMetadataBytes, captureMetadataHash, toAnnotationFile } from './annotation-file';
import { sha256OfBytes as sha256Hex } from './digest';
import { dsaNoticeFile } from './dsa-notice';
import type { ManifestFile, Withheld } from './manifest';
import { DERIVED_SCREENSHOT, type OnderNummer, withheldPlan } from './onder-nummer';
import { redactPng } from './redact-png';
import { type ExportItem, checkStoredFile, missingFiles, roleOf, storedFilesOf } from './stored-files';
import type { ZipStream } from './zip-stream';

/** The export stopped because a stored file no longer matches its capture-time hash. */
export class VerifyFailedError extends Error {
  constructor(readonly itemId: string, readonly itemNumber: number, readonly reason: string) {
    super(`Export gestopt: item ${itemNumber} (${itemId}) is niet meer gelijk aan het origineel — ${reason}`);
  }
}

export interface WrittenItem {
  files: ManifestFile[];
  withheld: Withheld[];
  /** The picture for report.pdf (the screenshot, its blacked-out copy, or the post), read again when the report is laid out. */
  picture: () => Promise<Uint8Array | null>;
}

/** What every item of one export is written with. */
export interface ItemContext {
  db: SchildwachtDB;
  now: () => Date;
  /** Export onder nummer: which originals stay out. */
  onder: OnderNummer | null;
  /** The organisation's e-mail for the DSA notice (settings.dsaNoticeEmail), or null to leave it to fill in. */
  notifierEmail: string | null;
}

/**
 * Writes one item's folder into the ZIP: every stored artefact (and the frozen
 * metadata.json) after re-verifying its hash, then annotation.json and the DSA
 * notice. A mismatch is logged in the item's custody log and stops the export.
 */
export async function writeItem(zip: ZipStream, x: ExportItem, dir: string, number: number, ctx: ItemContext): Promise<WrittenItem> {
  const { db, now, onder } = ctx;
  const { item } = x;
  const out: ManifestFile[] = [];
  const withheld: Withheld[] = [];
  const plan = onder ? withheldPlan(item, onder) : null;
  let picture: Blob | null = null;
  const stored = await storedFilesOf(db, item.id);
  const fail = async (reason: string) => {
    await appendCustody(db, item.id, 'verify-failed', `export gestopt: ${reason}`, undefined, now);
    return new VerifyFailedError(item.id, number, reason);
  };
  const missing = missingFiles(item, stored);
  if (missing.length) throw await fail(`${missing.join(', ')} ontbreekt in de kluis`);
  const captureHash = captureMetadataHash((await custodyOf(db, [item.id]))[0]?.detail);
  const put = async (name: string, bytes: Uint8Array, role: ManifestFile['role'], sha256?: string, extra: Partial<ManifestFile> = {}) => {
    zip.add(dir + name, bytes);
    out.push({ path: dir + name, sha256: sha256 ?? (await sha256Hex(bytes)), size: bytes.length, role, itemId: item.id, ...extra });
  };
  for (const file of stored) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    const check = await checkStoredFile(file, item, bytes, captureHash);
    if (!check.ok) throw await fail(check.reason);
    if (plan?.withhold(file.name)) {
      // Onder nummer: the original stays out, committed by its hash; the screenshot comes as a blacked-out copy.
      withheld.push({ path: dir + file.name, sha256: check.sha256, size: bytes.length, itemId: item.id, status: 'achtergehouden' });
      if (file.name !== 'screenshot.png') continue;
      const copy = redactPng(bytes, plan.boxes);
      await put(DERIVED_SCREENSHOT, copy, 'screenshot', undefined, { derivedFrom: { path: dir + file.name, sha256: check.sha256 }, redactions: plan.boxes });
      picture = new Blob([copy as Uint8Array<ArrayBuffer>]);
      continue;
    }
    await put(file.name, bytes, roleOf(file.name), check.sha256);
    if (file.name === 'screenshot.png' || (file.name === 'post.png' && !picture)) picture = file.blob;
  }
  if (!stored.some((f) => f.name === 'metadata.json')) await put('metadata.json', canonicalMetadataBytes(item.metadata), 'metadata');
  const enc = (s: string) => new TextEncoder().encode(s);
  await put('annotation.json', enc(`${JSON.stringify(toAnnotationFile(item.id, x.annotation), null, 2)}\n`), 'annotation');
  await put('dsa-notice.txt', enc(dsaNoticeFile({ metadata: item.metadata, offence: x.annotation?.offence ?? null, notifierEmail: ctx.notifierEmail })), 'dsa-notice');
  const kept = picture;
  return { files: out, withheld, picture: async () => (kept ? new Uint8Array(await kept.arrayBuffer()) : null) };
}
