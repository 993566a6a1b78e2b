import { type PixelBox, thumbSize } from '../../utils/evidence/geometry';

/** The bytes of a base64 data URL (tabs.captureVisibleTab's answer). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function encode(canvas: OffscreenCanvas, type: string, quality?: number): Promise<Uint8Array> {
  const blob = await canvas.convertToBlob({ type, quality });
  return new Uint8Array(await blob.arrayBuffer());
}

function canvas2d(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('OffscreenCanvas 2d context unavailable');
  return { canvas, ctx };
}

/** The pixels of `box` cut out of `image` unchanged, as PNG. */
export async function cropPng(image: ImageBitmap, box: PixelBox): Promise<Uint8Array> {
  const { canvas, ctx } = canvas2d(box.width, box.height);
  ctx.drawImage(image, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  return encode(canvas, 'image/png');
}

/** A small JPEG of `box` (or the whole image) for the locker's list. */
export async function thumbnailJpeg(image: ImageBitmap, box: PixelBox | null): Promise<Uint8Array> {
  const src = box ?? { x: 0, y: 0, width: image.width, height: image.height };
  const size = thumbSize(src.width, src.height);
  const { canvas, ctx } = canvas2d(size.width, size.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(image, src.x, src.y, src.width, src.height, 0, 0, size.width, size.height);
  return encode(canvas, 'image/jpeg', 0.8);
}
