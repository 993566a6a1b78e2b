import { crc32, deflateSync } from 'node:zlib';

const chunk = (type: string, data: Buffer) => {
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const head = Buffer.alloc(4); head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([head, td, crc]);
};

/**
 * A PNG whose rows use every filter type in turn (None, Sub, Up, Average, Paeth), as
 * libpng's adaptive filtering does, with its raw pixels for comparison.
 */
export function filteredPng(width: number, height: number, channels: 1 | 3 | 4): { png: Uint8Array; pixels: Uint8Array } {
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7 + ((i / stride) | 0) * 13 + ((i * 2654435761) >>> 27)) & 0xff;
  if (channels === 4) for (let i = 3; i < pixels.length; i += 4) pixels[i] = i % 3 ? 255 : 90;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const f = y % 5;
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const a = x >= channels ? pixels[at - channels]! : 0;
      const b = y > 0 ? pixels[at - stride]! : 0;
      const c = x >= channels && y > 0 ? pixels[at - stride - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][f]!;
      raw[y * (stride + 1) + 1 + x] = (pixels[at]! - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 1 ? 0 : channels === 3 ? 2 : 6, 0, 0, 0], 8);
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return { png: new Uint8Array(png), pixels };
}
