import { base64 } from '../hash';
import type { SchildwachtDB, StoredFile, StoredItem, ThumbRecord } from '../db';

export const THUMBNAIL = 'thumbnail.jpg';

/** A data: URL of an image's bytes (thumbnails are a few KB). */
export function dataUrl(type: string, bytes: Uint8Array): string {
  return `data:${type};base64,${base64(bytes)}`;
}

/** The locker's display copy of an item's thumbnail, from the files being stored (none without one). */
export async function thumbOf(itemId: string, files: readonly StoredFile[]): Promise<ThumbRecord[]> {
  const file = files.find((f) => f.name === THUMBNAIL);
  return file ? [{ itemId, src: dataUrl(file.type, new Uint8Array(await file.blob.arrayBuffer())) }] : [];
}

/** A row's picture: the inline copy, else (an item stored before version 7) its thumbnail file. */
export type RowThumb = string | Blob | undefined;

/** The thumbnails of a page of items: inline copies in one read, the files only for rows without one. */
export async function thumbnailsOf(db: SchildwachtDB, items: readonly StoredItem[]): Promise<RowThumb[]> {
  const inline = await db.thumbs.bulkGet(items.map((i) => i.id));
  const missing = items.filter((_, k) => !inline[k]);
  if (!missing.length) return inline.map((t) => t!.src);
  const files = await db.files.bulkGet(missing.map((i) => [i.id, THUMBNAIL] as [string, string]));
  const fileOf = new Map(missing.map((item, k) => [item.id, files[k]?.blob]));
  return items.map((item, k) => inline[k]?.src ?? fileOf.get(item.id));
}

/**
 * Stores the inline copies of rows that were shown from their files (outside any live query: it
 * reads the blobs). Items deleted meanwhile get none.
 */
export async function fillThumbs(db: SchildwachtDB, items: readonly StoredItem[], thumbs: readonly RowThumb[]): Promise<void> {
  const fromFiles = items.flatMap((item, k) => (thumbs[k] instanceof Blob ? [{ itemId: item.id, blob: thumbs[k] as Blob }] : []));
  if (!fromFiles.length) return;
  const records = await Promise.all(fromFiles.map(async ({ itemId, blob }) => ({ itemId, src: dataUrl(blob.type || 'image/jpeg', new Uint8Array(await blob.arrayBuffer())) })));
  await db.transaction('rw', db.items, db.thumbs, async () => {
    const still = await db.items.bulkGet(records.map((r) => r.itemId));
    await db.thumbs.bulkPut(records.filter((_, k) => still[k]));
  });
}
