import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/**
 * A real RGB (or RGBA) PNG: a page-like picture (light background, dark "text" bars) with a
 * little noise so it compresses like a screenshot rather than like a flat colour, optionally
 * with a photo block.
 */
export function makePng(width: number, height: number, seed = 1, alpha = false, photo = 0): Uint8Array {
  // A photo in the post (a block of `photo` × the width, half the height) compresses like one.
  const photoW = Math.round(width * photo);
  const bpp = alpha ? 4 : 3;
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const raw = Buffer.alloc((width * bpp + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * bpp + 1);
    raw[row] = 0;
    const textRow = y % 24 > 6 && y % 24 < 18;
    for (let x = 0; x < width; x++) {
      const ink = textRow && (x + seed * 7) % 90 < 70 && rand() > 120;
      const inPhoto = x >= 40 && x < 40 + photoW && y > height / 4 && y < (3 * height) / 4;
      const v = inPhoto ? ((x * 3 + y * 5 + rand()) & 0xff) : ink ? 30 + (rand() & 31) : 245 + (rand() & 7);
      raw.set(alpha ? [v, v, Math.min(255, v + 5), x < 8 ? 128 : 255] : [v, v, Math.min(255, v + 5)], row + 1 + x * bpp);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, alpha ? 6 : 2, 0, 0, 0], 8);
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(png);
}
