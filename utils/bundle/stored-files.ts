import type { SchildwachtDB, StoredFile, StoredItem } from '../db';
import type { Annotation } from '../evidence/model';
import { type TakedownHistory, takedownOf } from '../evidence/takedown-actions';
import type { FileRole } from './manifest';
import { sha256OfBytes as sha256Hex } from './digest';
import { STAMP_CHAIN, STAMP_FILE } from '../evidence/capture-stamp';

export interface ExportItem {
  item: StoredItem;
  annotation: Annotation | undefined;
  /** Notices and online checks (takedown follow-up); empty when there are none. */
  takedown: TakedownHistory;
}

const ORDER = ['screenshot.png', 'post.png', 'page.mhtml', 'metadata.json'];
export const roleOf = (name: string): FileRole =>
  name === STAMP_FILE || name === STAMP_CHAIN ? 'capture-timestamp' : name === 'screenshot.png' ? 'screenshot' : name === 'post.png' ? 'post' : name === 'page.mhtml' ? 'archive' : name === 'metadata.json' ? 'metadata' : 'attachment';

/** The items to export, oldest capture first, with their annotations and takedown follow-up. Unknown ids are an error. */
export async function loadExportItems(db: SchildwachtDB, ids: readonly string[]): Promise<ExportItem[]> {
  const items = await db.items.bulkGet([...ids]);
  const missing = ids.filter((_, i) => !items[i]);
  if (missing.length) throw new Error(`Item niet gevonden in de kluis: ${missing.join(', ')}`);
  const annotations = await db.annotations.bulkGet([...ids]);
  const takedowns = await Promise.all(ids.map((id) => takedownOf(db, id)));
  return items
    .map((item, i) => ({ item: item!, annotation: annotations[i], takedown: takedowns[i]! }))
    .sort((a, b) => a.item.capturedAt.localeCompare(b.item.capturedAt) || a.item.id.localeCompare(b.item.id));
}

/** An item's stored files in bundle order, without reading their bytes yet. */
export async function storedFilesOf(db: SchildwachtDB, itemId: string): Promise<StoredFile[]> {
  const files = await db.files.where('itemId').equals(itemId).toArray();
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return files.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

export type FileCheck = { ok: true; sha256: string } | { ok: false; reason: string };

/**
 * Re-verifies one stored file against the hash computed at capture (the stored record
 * and the item's metadata must agree with the bytes), before it goes into a bundle.
 */
export async function checkStoredFile(file: StoredFile, item: StoredItem, bytes: Uint8Array, captureHash: string | null): Promise<FileCheck> {
  const actual = await sha256Hex(bytes);
  if (file.name === 'metadata.json') {
    // The frozen capture record: its hash is in the stored record and in the capture custody line.
    if (actual !== file.sha256 || (captureHash && actual !== captureHash)) {
      return { ok: false, reason: `metadata.json: hash ${actual} wijkt af van de bij vastleggen berekende ${captureHash ?? file.sha256}` };
    }
    return { ok: true, sha256: actual };
  }
  if (file.name === STAMP_FILE || file.name === STAMP_CHAIN) {
    // Added after the capture; its hash is in the stored record and in the 'timestamp' custody line.
    return actual === file.sha256 ? { ok: true, sha256: actual } : { ok: false, reason: `${file.name}: hash ${actual} wijkt af van ${file.sha256}` };
  }
  const recorded = item.metadata.files[file.name];
  if (!recorded) return { ok: false, reason: `${file.name} staat niet in de metadata van het item` };
  if (actual !== recorded.sha256 || actual !== file.sha256) {
    return { ok: false, reason: `${file.name}: hash ${actual} wijkt af van de bij vastleggen berekende ${recorded.sha256}` };
  }
  if (bytes.length !== recorded.size) return { ok: false, reason: `${file.name}: grootte ${bytes.length} wijkt af van ${recorded.size}` };
  return { ok: true, sha256: actual };
}

/** Files the metadata promises but the locker no longer holds. */
export function missingFiles(item: StoredItem, stored: readonly StoredFile[]): string[] {
  return Object.keys(item.metadata.files).filter((n) => !stored.some((f) => f.name === n));
}
