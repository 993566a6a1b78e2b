import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAJpegError, stripJpegMetadata } from '../../../utils/guard/jpeg-strip';
import { assessFile } from '../../../utils/guard/photo-assess';
import { photoKind, readPhotoRisk, stripPhoto } from '../../../utils/guard/photo-risk';

const reader = async () => ({ photoKind, readPhotoRisk, stripPhoto });
import { pngExif, stripPngMetadata } from '../../../utils/guard/png-meta';
import { exifTiff, jpegWithExif } from '../helpers/exif-jpeg';

const plain: Uint8Array<ArrayBuffer> = new Uint8Array(readFileSync('tests/fixtures/images/plain.jpg'));
const phone = jpegWithExif(plain, { gps: [52.0907, 5.1214], serial: 'SN-4471-22', owner: 'Jan de Vries', orientation: 6 });

/** Marker bytes of a JPEG's segments before the image data. */
function markers(jpeg: Uint8Array): number[] {
  const out: number[] = [];
  for (let pos = 2; jpeg[pos] === 0xff && jpeg[pos + 1] !== 0xda;) {
    out.push(jpeg[pos + 1]!);
    pos += 2 + ((jpeg[pos + 2]! << 8) | jpeg[pos + 3]!);
  }
  return out;
}

describe('photo metadata (JPEG)', () => {
  it('reads GPS, camera serial and owner from a phone-style EXIF block', async () => {
    const risk = await readPhotoRisk(phone);
    expect(risk.gps?.latitude).toBeCloseTo(52.0907, 4);
    expect(risk.gps?.longitude).toBeCloseTo(5.1214, 4);
    expect(risk).toMatchObject({ serial: 'SN-4471-22', owner: 'Jan de Vries', orientation: 6 });
  });

  it('finds nothing in a photo without EXIF', async () => {
    expect(await readPhotoRisk(plain)).toEqual({ gps: null, serial: null, owner: null, orientation: 1 });
  });

  it('strips EXIF but keeps JFIF, the colour profile, the orientation and the image data byte for byte', async () => {
    const clean = stripJpegMetadata(phone, 6);
    expect(await readPhotoRisk(clean)).toEqual({ gps: null, serial: null, owner: null, orientation: 6 });
    expect(markers(phone)).toContain(0xe1);
    expect(markers(clean).filter((m) => m >= 0xe0 && m <= 0xef)).toEqual([0xe0, 0xe1, 0xe2]);
    const sos = (b: Uint8Array) => Buffer.from(b).indexOf(Buffer.from([0xff, 0xda]));
    expect(Buffer.from(clean.subarray(sos(clean))).equals(Buffer.from(plain.subarray(sos(plain))))).toBe(true);
    expect(new TextDecoder('latin1').decode(clean)).not.toContain('Jan de Vries');
  });

  it('drops XMP, comments and vendor segments too, and writes no EXIF when orientation is normal', () => {
    const xmp = Uint8Array.from([0xff, 0xe1, 0, 12, ...new TextEncoder().encode('http://ns/')]);
    const com = Uint8Array.from([0xff, 0xfe, 0, 6, 0x4a, 0x61, 0x6e, 0x21]);
    const withJunk = new Uint8Array([...plain.subarray(0, 2), ...xmp, ...com, ...plain.subarray(2)]);
    const clean = stripPhoto(withJunk, 1);
    expect(markers(clean).filter((m) => m === 0xe1 || m === 0xfe)).toEqual([]);
  });

  it('refuses what is not a JPEG or is cut off', () => {
    expect(() => stripJpegMetadata(Uint8Array.from([1, 2, 3]))).toThrow(NotAJpegError);
    expect(() => stripJpegMetadata(phone.subarray(0, 40))).toThrow(NotAJpegError);
  });

  it('assesses uploaded files: risky, clean, not an image, unreadable', async () => {
    const risky = await assessFile(new File([phone], 'IMG_0001.jpg', { type: 'image/jpeg' }), reader);
    expect(risky.risk?.gps).not.toBeNull();
    expect((await assessFile(new File([plain], 'a.jpg', { type: 'image/jpeg' }), reader)).risk).toBeNull();
    expect(await assessFile(new File(['x'], 'notes.txt', { type: 'text/plain' }), reader)).toMatchObject({ risk: null, unchecked: false });
    expect(await assessFile(new File([Uint8Array.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70])], 'IMG.heic', { type: 'image/heic' }), reader))
      .toMatchObject({ risk: null, unchecked: true });
  });
});

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/** A real 1×1 PNG, with an eXIf and a tEXt chunk, built in the test. */
function pngWithExif(): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('eXIf', exifTiff({ gps: [51.9225, 4.47917], artist: 'Eva Jansen' })),
    chunk('tEXt', new TextEncoder().encode('Author\0Eva Jansen')),
    chunk('IDAT', zlibSync(Uint8Array.from([0, 255, 0, 0]))), chunk('IEND', new Uint8Array()),
  ];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('photo metadata (PNG)', () => {
  it('reads GPS and artist from eXIf and strips eXIf and text chunks', async () => {
    const png = pngWithExif();
    const risk = await readPhotoRisk(png);
    expect(risk.gps?.latitude).toBeCloseTo(51.9225, 4);
    expect(risk.owner).toBe('Eva Jansen');
    const clean = stripPngMetadata(png);
    expect(pngExif(clean)).toBeNull();
    expect(new TextDecoder('latin1').decode(clean)).not.toContain('Eva Jansen');
    expect(await readPhotoRisk(clean)).toEqual({ gps: null, serial: null, owner: null, orientation: 1 });
    expect(new TextDecoder('latin1').decode(clean)).toContain('IDAT');
  });
});
