import exifr from 'exifr/dist/mini.esm.mjs';
import { NotAJpegError, stripJpegMetadata } from './jpeg-strip';
import { isPng, pngExif, stripPngMetadata } from './png-meta';

/** What a photo's metadata gives away about where and by whom it was taken. */
export interface PhotoRisk {
  gps: { latitude: number; longitude: number } | null;
  serial: string | null;
  owner: string | null;
  orientation: number;
}

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;

/** Formats Schildwacht can read and clean; other images with possible EXIF cannot be checked. */
export function photoKind(bytes: Uint8Array): 'jpeg' | 'png' | null {
  return isJpeg(bytes) ? 'jpeg' : isPng(bytes) ? 'png' : null;
}

const OPTIONS = {
  tiff: true, exif: true, gps: true, interop: false, ifd1: false, xmp: false, icc: false,
  iptc: false, jfif: false, makerNote: false, userComment: false,
  translateKeys: false, translateValues: false, reviveValues: true, mergeOutput: false,
} as const;

/** PNG's eXIf holds bare TIFF; wrapping it in a JPEG APP1 lets the JPEG reader parse it. */
function asJpegExif(tiff: Uint8Array): Uint8Array {
  const len = 8 + tiff.length;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, len >> 8, len & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff, 0xff, 0xd9]);
}

function text(...values: unknown[]): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

type Block = Record<number | string, unknown> | undefined;

export async function readPhotoRisk(bytes: Uint8Array): Promise<PhotoRisk> {
  const kind = photoKind(bytes);
  if (!kind) throw new Error('Onbekend beeldformaat');
  const source = kind === 'png' ? pngExif(bytes) : bytes;
  if (!source) return { gps: null, serial: null, owner: null, orientation: 1 };
  const out = ((await exifr.parse(kind === 'png' ? asJpegExif(source) : source, OPTIONS)) ?? {}) as Record<string, Block>;
  const ifd0 = out.ifd0 ?? {}, exif = out.exif ?? {}, gps = out.gps ?? {};
  const lat = gps.latitude, lon = gps.longitude;
  return {
    gps: typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat + lon) ? { latitude: lat, longitude: lon } : null,
    serial: text(exif[0xa431], exif[0xa435], ifd0[0xc62f]),
    owner: text(exif[0xa430], ifd0[0x013b], ifd0[0x8298]),
    orientation: typeof ifd0[0x0112] === 'number' ? ifd0[0x0112] : 1,
  };
}

/** What reads and cleans photos; loaded into the page only when a photo is handed over (see entrypoints/photo-reader.ts). */
export interface PhotoReader {
  photoKind: typeof photoKind;
  readPhotoRisk: typeof readPhotoRisk;
  stripPhoto: typeof stripPhoto;
}

/** The photo without metadata (orientation kept for JPEG). */
export function stripPhoto(bytes: Uint8Array, orientation: number): Uint8Array<ArrayBuffer> {
  if (isJpeg(bytes)) return stripJpegMetadata(bytes, orientation);
  if (isPng(bytes)) return stripPngMetadata(bytes);
  throw new NotAJpegError('Onbekend beeldformaat');
}
