import { unzlibSync, zlibSync } from 'fflate';
import type { PDFDocument, PDFRef } from 'pdf-lib';

/**
 * PNG into a PDF image without pdf-lib's pure-JS decoder (about a second per
 * screenshot). Opaque 8-bit RGB/grey PNGs are passed through: their zlib data with
 * the PNG predictor is valid PDF FlateDecode. Others are unfiltered once with fflate
 * and their alpha becomes a soft mask (or is dropped when fully opaque).
 */
export interface EmbeddedPng { ref: PDFRef; width: number; height: number }

interface PngInfo { width: number; height: number; depth: number; colorType: number; interlace: number; idat: Uint8Array }

export function readPng(b: Uint8Array): PngInfo {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (b.length < 33 || sig.some((v, i) => b[i] !== v)) throw new Error('geen PNG-bestand');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const idat: Uint8Array[] = [];
  let info: Omit<PngInfo, 'idat'> | null = null;
  for (let at = 8; at + 8 <= b.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') info = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), depth: data[8]!, colorType: data[9]!, interlace: data[12]! };
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') break;
    at += 12 + len;
  }
  if (!info || !idat.length) throw new Error('PNG zonder beeldgegevens');
  const all = new Uint8Array(idat.reduce((s, d) => s + d.length, 0));
  idat.reduce((at, d) => (all.set(d, at), at + d.length), 0);
  return { ...info, idat: all };
}

/** Reverses the PNG row filters (None, Sub, Up, Average, Paeth) in place into packed pixels. */
export function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const up = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      const p = a + up - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - up), pc = Math.abs(p - c);
      const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? up : f === 3 ? (a + up) >> 1 : pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      out[row + x] = (raw[src + x]! + pred) & 0xff;
    }
  }
  return out;
}

export function embedPngFast(doc: PDFDocument, png: Uint8Array): EmbeddedPng | null {
  const p = readPng(png);
  if (p.depth !== 8 || p.interlace !== 0 || ![0, 2, 4, 6].includes(p.colorType)) return null;
  const colors = p.colorType === 0 || p.colorType === 4 ? 1 : 3;
  const image = (data: Uint8Array, extra: Record<string, unknown>) => doc.context.register(doc.context.stream(data, {
    Type: 'XObject', Subtype: 'Image', Width: p.width, Height: p.height, BitsPerComponent: 8, Filter: 'FlateDecode', ...extra,
  }));
  const space = colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  if (p.colorType === 0 || p.colorType === 2) {
    return { width: p.width, height: p.height, ref: image(p.idat, { ColorSpace: space, DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: p.width } }) };
  }
  const px = unfilter(unzlibSync(p.idat), p.width, p.height, colors + 1);
  const n = p.width * p.height;
  const color = new Uint8Array(n * colors);
  const alpha = new Uint8Array(n);
  let opaque = true;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < colors; k++) color[i * colors + k] = px[i * (colors + 1) + k]!;
    alpha[i] = px[i * (colors + 1) + colors]!;
    if (alpha[i] !== 255) opaque = false;
  }
  const smask = opaque ? undefined : image(zlibSync(alpha, { level: 6 }), { ColorSpace: 'DeviceGray' });
  return { width: p.width, height: p.height, ref: image(zlibSync(color, { level: 6 }), { ColorSpace: space, ...(smask ? { SMask: smask } : {}) }) };
}
