import type { SchildwachtDB } from '../db';
import { appendCustody } from './custody-append';
import { toBundleMetadata } from './bundle-metadata';
import { dsaNotice } from './dsa-notice';
import type { ManifestFile } from './manifest';
import { type ExportItem, checkStoredFile, missingFiles, roleOf, storedFilesOf } from './stored-files';
import { sha256OfBytes as sha256Hex } from './digest';
import type { ZipStream } from './zip-stream';

/** The export stopped because a stored file no longer matches its capture-time hash. */
export class VerifyFailedError extends Error {
  constructor(readonly itemId: string, readonly itemNumber: number, readonly reason: string) {
    super(`Export gestopt: item ${itemNumber} (${itemId}) is niet meer gelijk aan het origineel — ${reason}`);
  }
}

export interface WrittenItem {
  files: ManifestFile[];
  screenshot: Uint8Array | null;
}

/**
 * Writes one item's folder into the ZIP: every stored artefact after re-verifying its
 * hash, then metadata.json and the DSA notice. A mismatch is logged in the item's
 * custody log and stops the export.
 */
export async function writeItem(
  db: SchildwachtDB, zip: ZipStream, x: ExportItem, dir: string, number: number, now: () => Date,
): Promise<WrittenItem> {
  const { item } = x;
  const out: ManifestFile[] = [];
  let screenshot: Uint8Array | null = null;
  const stored = await storedFilesOf(db, item.id);
  const fail = async (reason: string) => {
    await appendCustody(db, item.id, 'verify-failed', `export gestopt: ${reason}`, now());
    return new VerifyFailedError(item.id, number, reason);
  };
  const missing = missingFiles(item, stored);
  if (missing.length) throw await fail(`${missing.join(', ')} ontbreekt in de kluis`);
  for (const file of stored) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    const check = await checkStoredFile(file, item, bytes);
    if (!check.ok) throw await fail(check.reason);
    zip.add(dir + file.name, bytes);
    out.push({ path: dir + file.name, sha256: check.sha256, size: bytes.length, role: roleOf(file.name), itemId: item.id });
    if (file.name === 'screenshot.png') screenshot = bytes;
  }
  const extras: [string, string, ManifestFile['role']][] = [
    ['metadata.json', `${JSON.stringify(toBundleMetadata(item.metadata, x.annotation), null, 2)}\n`, 'metadata'],
    ['dsa-notice.txt', dsaNotice({ metadata: item.metadata, offence: x.annotation?.offence ?? null }), 'dsa-notice'],
  ];
  for (const [name, text, role] of extras) {
    const bytes = new TextEncoder().encode(text);
    zip.add(dir + name, bytes);
    out.push({ path: dir + name, sha256: await sha256Hex(bytes), size: bytes.length, role, itemId: item.id });
  }
  return { files: out, screenshot };
}
