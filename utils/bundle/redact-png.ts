import { decode, encode } from 'fast-png';

export interface Box { x: number; y: number; width: number; height: number }

/**
 * A copy of a PNG with boxes filled black (device pixels; clipped to the image). Decoded and
 * re-encoded with fast-png; palette and grey images come out as RGB(A). The original is untouched.
 */
export function redactPng(png: Uint8Array, boxes: readonly Box[]): Uint8Array {
  const img = decode(png);
  const channels = img.channels;
  const depth = img.depth;
  let data = img.data;
  let out = channels;
  if (img.palette || channels < 3) {
    // Expand to RGB(A) so that black is one value per channel whatever the source.
    ({ data, out } = toRgb(img));
  }
  const max = depth === 16 ? 0xffff : 0xff;
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x));
    const y0 = Math.max(0, Math.floor(b.y));
    const x1 = Math.min(img.width, Math.ceil(b.x + b.width));
    const y1 = Math.min(img.height, Math.ceil(b.y + b.height));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const at = (y * img.width + x) * out;
        for (let c = 0; c < 3; c++) data[at + c] = 0;
        if (out === 4) data[at + 3] = max;
      }
    }
  }
  return encode({ width: img.width, height: img.height, data, depth, channels: out });
}

function toRgb(img: ReturnType<typeof decode>): { data: Uint8Array | Uint16Array; out: number } {
  const n = img.width * img.height;
  const alpha = img.channels === 2 || img.channels === 4 || (img.palette?.[0]?.length ?? 0) === 4;
  const out = alpha ? 4 : 3;
  const data = img.depth === 16 ? new Uint16Array(n * out) : new Uint8Array(n * out);
  for (let i = 0; i < n; i++) {
    const px = img.palette ? img.palette[img.data[i]!]! : img.channels <= 2 ? [img.data[i * img.channels]!, img.data[i * img.channels]!, img.data[i * img.channels]!, img.data[i * img.channels + 1] ?? 255] : [];
    for (let c = 0; c < out; c++) data[i * out + c] = px[c] ?? 255;
  }
  return { data, out };
}
