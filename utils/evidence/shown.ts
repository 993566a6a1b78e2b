import { z } from 'zod';

/**
 * The capture confirmation's picture. A frame of the extension in a web page may get no IndexedDB
 * (third-party storage blocked: "The user denied permission to access the database"), so the
 * background leaves the stored bytes of the last capture in storage.session (memory only, extension
 * pages only) for entrypoints/capture-shown/, which checks them against the stored SHA-256.
 */
export const SHOWN_KEY = 'captureShown';
/** Larger pictures are not copied (storage.session holds 10 MB); the confirmation then says to open the locker. */
export const SHOWN_MAX_BYTES = 5 * 1024 * 1024;

export const shownSchema = z.object({
  itemId: z.string().uuid(),
  name: z.enum(['post.png', 'screenshot.png']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  base64: z.string().max(Math.ceil(SHOWN_MAX_BYTES / 3) * 4),
});
export type Shown = z.infer<typeof shownSchema>;

interface StoredBytes { name: string; bytes: Uint8Array; sha256: string }

/** What the confirmation shows of a capture: its post.png, else its screenshot.png; null when too large. */
export function shownOf(itemId: string, files: StoredBytes[]): Shown | null {
  const file = files.find((f) => f.name === 'post.png') ?? files.find((f) => f.name === 'screenshot.png');
  if (!file || file.bytes.length > SHOWN_MAX_BYTES) return null;
  return { itemId, name: file.name as Shown['name'], sha256: file.sha256, base64: toBase64(file.bytes) };
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
