import type { Rect } from './capture-target';

export interface PixelBox { x: number; y: number; width: number; height: number }

/**
 * The post's box in the pixels of a viewport screenshot. `scale` is image pixels per CSS pixel
 * (image width / viewport width: the device pixel ratio times the zoom). Clamped to the image.
 */
export function cropBox(rect: Rect, scale: number, imageWidth: number, imageHeight: number): PixelBox | null {
  const x0 = Math.max(0, Math.round(rect.x * scale));
  const y0 = Math.max(0, Math.round(rect.y * scale));
  const x1 = Math.min(imageWidth, Math.round((rect.x + rect.width) * scale));
  const y1 = Math.min(imageHeight, Math.round((rect.y + rect.height) * scale));
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Whether a box lies wholly inside the viewport. */
export function fullyVisible(rect: Rect, viewport: { width: number; height: number }): boolean {
  return rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= viewport.width + 0.5 && rect.y + rect.height <= viewport.height + 0.5;
}

/** Size of a thumbnail that fits in `max` × `max`, keeping the aspect ratio, never enlarging. */
export function thumbSize(width: number, height: number, max = 240): { width: number; height: number } {
  const f = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * f)), height: Math.max(1, Math.round(height * f)) };
}

/** The union of boxes (e.g. a comment's own parts without its nested replies). */
export function unionRect(rects: readonly Rect[]): Rect | null {
  const real = rects.filter((r) => r.width > 0 && r.height > 0);
  if (!real.length) return null;
  const x = Math.min(...real.map((r) => r.x));
  const y = Math.min(...real.map((r) => r.y));
  const right = Math.max(...real.map((r) => r.x + r.width));
  const bottom = Math.max(...real.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), without decoding the image. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
