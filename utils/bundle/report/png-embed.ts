import { decode } from 'fast-png';
import { unzlibSync, zlibSync } from 'fflate';

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

/** An image XObject ready to write: its dictionary (without /Length) and its Flate data, with an optional soft mask. */
export interface PdfImage { width: number; height: number; dict: string; data: Uint8Array; smask?: { dict: string; data: Uint8Array } }

const imageDict = (w: number, h: number, space: string, extra = '') =>
  ` /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /BitsPerComponent 8 /ColorSpace /${space} /Filter /FlateDecode${extra}`;

/**
 * PNG to a PDF image. Opaque 8-bit RGB/grey PNGs pass through (their zlib data with the PNG
 * predictor is valid FlateDecode); 8-bit with alpha is unfiltered once, the alpha a soft mask;
 * palette, 16-bit and interlaced PNGs are decoded by fast-png.
 */
export function pngImage(png: Uint8Array): PdfImage {
  const p = readPng(png);
  if (p.depth === 8 && p.interlace === 0 && (p.colorType === 0 || p.colorType === 2)) {
    const colors = p.colorType === 0 ? 1 : 3;
    return { width: p.width, height: p.height, data: p.idat,
      dict: imageDict(p.width, p.height, colors === 3 ? 'DeviceRGB' : 'DeviceGray', ` /DecodeParms << /Predictor 15 /Colors ${colors} /BitsPerComponent 8 /Columns ${p.width} >>`) };
  }
  const { pixels, channels } = p.depth === 8 && p.interlace === 0 && (p.colorType === 4 || p.colorType === 6)
    ? { pixels: unfilter(unzlibSync(p.idat), p.width, p.height, p.colorType === 4 ? 2 : 4), channels: p.colorType === 4 ? 2 : 4 }
    : decoded(png);
  return split(p.width, p.height, pixels, channels);
}

/** Any other PNG through fast-png, to 8-bit channels (palette expanded). */
function decoded(png: Uint8Array): { pixels: Uint8Array; channels: number } {
  const img = decode(png);
  const n = img.width * img.height;
  if (img.palette) {
    const alpha = img.palette.some((c) => c.length === 4);
    const out = new Uint8Array(n * (alpha ? 4 : 3));
    for (let i = 0; i < n; i++) img.palette[img.data[i]!]!.forEach((v, c) => { if (c < (alpha ? 4 : 3)) out[i * (alpha ? 4 : 3) + c] = v; });
    return { pixels: out, channels: alpha ? 4 : 3 };
  }
  const out = new Uint8Array(n * img.channels);
  for (let i = 0; i < out.length; i++) out[i] = img.depth === 16 ? img.data[i]! >> 8 : img.data[i]!;
  return { pixels: out, channels: img.channels };
}

/** Packed 8-bit pixels to colour data plus a soft mask (dropped when fully opaque). */
function split(width: number, height: number, px: Uint8Array, channels: number): PdfImage {
  const colors = channels >= 3 ? 3 : 1;
  const hasAlpha = channels === 2 || channels === 4;
  const n = width * height;
  const color = new Uint8Array(n * colors);
  const alpha = new Uint8Array(n);
  let opaque = true;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < colors; k++) color[i * colors + k] = px[i * channels + k]!;
    alpha[i] = hasAlpha ? px[i * channels + colors]! : 255;
    if (alpha[i] !== 255) opaque = false;
  }
  const space = colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  return { width, height, data: zlibSync(color, { level: 6 }), dict: imageDict(width, height, space),
    ...(opaque ? {} : { smask: { dict: imageDict(width, height, 'DeviceGray'), data: zlibSync(alpha, { level: 6 }) } }) };
}
