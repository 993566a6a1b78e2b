/**
 * Removes metadata from a JPEG without re-encoding it: every APPn segment except JFIF (APP0),
 * the ICC colour profile (APP2 "ICC_PROFILE") and Adobe's colour transform (APP14), and comments.
 * That drops EXIF (GPS, serial numbers, owner), XMP, IPTC and MPF previews with their own EXIF.
 * The orientation is kept in a minimal new EXIF block so the photo is not shown rotated.
 */
export class NotAJpegError extends Error {}

const ICC = [0x49, 0x43, 0x43, 0x5f, 0x50, 0x52, 0x4f, 0x46, 0x49, 0x4c, 0x45, 0x00]; // "ICC_PROFILE\0"

function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

function keep(marker: number, bytes: Uint8Array, dataStart: number): boolean {
  if (marker === 0xfe) return false; // COM
  if (marker < 0xe0 || marker > 0xef) return true; // not an APPn: image data, tables, frame
  if (marker === 0xe0 || marker === 0xee) return true;
  return marker === 0xe2 && startsWith(bytes, dataStart, ICC);
}

/** A minimal big-endian EXIF APP1 holding only IFD0 Orientation. */
export function orientationSegment(orientation: number): Uint8Array {
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation & 0xff, 0, 0, 0, 0, 0, 0];
  const length = 2 + exif.length + tiff.length;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...exif, ...tiff]);
}

export function stripJpegMetadata(bytes: Uint8Array, orientation = 1): Uint8Array<ArrayBuffer> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new NotAJpegError('Geen JPEG-bestand');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let pos = 2;
  let inserted = orientation <= 1 || orientation > 8;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0xff) throw new NotAJpegError('Beschadigd JPEG-bestand');
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) { pos += 1; continue; } // fill byte
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { pos += 2; continue; }
    if (marker === 0xd9) { parts.push(bytes.subarray(pos)); break; }
    if (pos + 4 > bytes.length) throw new NotAJpegError('Beschadigd JPEG-bestand');
    const end = pos + 2 + ((bytes[pos + 2]! << 8) | bytes[pos + 3]!);
    if (end > bytes.length) throw new NotAJpegError('Beschadigd JPEG-bestand');
    if (!inserted && marker !== 0xe0) { parts.push(orientationSegment(orientation)); inserted = true; }
    if (marker === 0xda) { parts.push(bytes.subarray(pos)); break; } // start of scan: the rest is image data
    if (keep(marker, bytes, pos + 4)) parts.push(bytes.subarray(pos, end));
    pos = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
