import type { StoredFile } from '../../utils/db';
import type { CaptureTarget } from '../../utils/evidence/capture-target';
import { cropBox } from '../../utils/evidence/geometry';
import type { FileEntry } from '../../utils/evidence/model';
import { sha256Hex } from '../../utils/hash';
import { cropPng, thumbnailJpeg } from './capture-pixels';

/** One file of an item, hashed the moment it exists. */
export interface Artefact { name: string; type: string; bytes: Uint8Array; sha256: string }

async function artefact(name: string, type: string, bytes: Uint8Array): Promise<Artefact> {
  return { name, type, bytes, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>) };
}

/**
 * The item's files from the viewport PNG and the page archive: screenshot.png as the browser gave
 * it, post.png cut from those same pixels, the archive, and a small thumbnail for the locker.
 */
export async function buildArtefacts(
  screenshot: Uint8Array, archive: { name: string; type: string; bytes: Uint8Array }, target: CaptureTarget,
): Promise<Artefact[]> {
  const image = await createImageBitmap(new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  try {
    const scale = image.width / target.viewport.width;
    const box = target.post ? cropBox(target.post.rect, scale, image.width, image.height) : null;
    if (target.post && !box) throw new Error('the post is not inside the captured viewport');
    const [post, thumb] = await Promise.all([box ? cropPng(image, box) : null, thumbnailJpeg(image, box)]);
    const files = [
      artefact('screenshot.png', 'image/png', screenshot),
      ...(post ? [artefact('post.png', 'image/png', post)] : []),
      artefact(archive.name, archive.type, archive.bytes),
      artefact('thumbnail.jpg', 'image/jpeg', thumb),
    ];
    return await Promise.all(files);
  } finally {
    image.close();
  }
}

export function fileEntries(files: readonly Artefact[]): Record<string, FileEntry> {
  return Object.fromEntries(files.map((f) => [f.name, { sha256: f.sha256, size: f.bytes.byteLength }]));
}

export function storedFile(itemId: string, f: Artefact): StoredFile {
  return {
    itemId, name: f.name, type: f.type, size: f.bytes.byteLength, sha256: f.sha256,
    blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type }),
  };
}
