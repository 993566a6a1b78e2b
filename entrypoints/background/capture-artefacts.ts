import type { StoredFile } from '../../utils/db';
import type { CaptureTarget } from '../../utils/evidence/capture-target';
import { cropBox, pngSize } from '../../utils/evidence/geometry';
import type { FileEntry } from '../../utils/evidence/model';
import { sha256Hex } from '../../utils/hash';
import { cropPng, thumbnailJpeg } from './capture-pixels';

/** One file of an item, hashed the moment it exists. */
export interface Artefact { name: string; type: string; bytes: Uint8Array; sha256: string }

async function artefact(name: string, type: string, bytes: Uint8Array): Promise<Artefact> {
  return { name, type, bytes, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>) };
}

/** post.png and the thumbnail, from the viewport pixels (only the post's region is decoded). */
async function pictures(screenshot: Uint8Array, target: CaptureTarget, stitched?: Uint8Array): Promise<[Uint8Array | null, Uint8Array]> {
  if (stitched) {
    const image = await createImageBitmap(new Blob([stitched as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    const top = { x: 0, y: 0, width: image.width, height: Math.min(image.height, image.width) };
    const thumb = await thumbnailJpeg(image, top).finally(() => image.close());
    return [stitched, thumb];
  }
  const size = pngSize(screenshot);
  const box = target.post ? cropBox(target.post.rect, size.width / target.viewport.width, size.width, size.height) : null;
  if (target.post && !box) throw new Error('the post is not inside the captured viewport');
  const blob = new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  const image = await (box ? createImageBitmap(blob, box.x, box.y, box.width, box.height) : createImageBitmap(blob));
  try {
    const whole = { x: 0, y: 0, width: image.width, height: image.height };
    return await Promise.all([box ? cropPng(image, whole) : null, thumbnailJpeg(image, whole)]);
  } finally {
    image.close();
  }
}

/**
 * The item's files from the viewport PNG and the page archive: screenshot.png as the browser gave
 * it, post.png cut from those same pixels (or stitched from several viewports for a tall post), the
 * archive, and a small thumbnail for the locker.
 * Hashing the large files runs while the pictures are being made.
 */
export async function buildArtefacts(
  screenshot: Uint8Array, archive: { name: string; type: string; bytes: Uint8Array }, target: CaptureTarget, stitched?: Uint8Array,
): Promise<Artefact[]> {
  const shot = artefact('screenshot.png', 'image/png', screenshot);
  const page = artefact(archive.name, archive.type, archive.bytes);
  const [post, thumb] = await pictures(screenshot, target, stitched);
  return Promise.all([
    shot,
    ...(post ? [artefact('post.png', 'image/png', post)] : []),
    page,
    artefact('thumbnail.jpg', 'image/jpeg', thumb),
  ]);
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
