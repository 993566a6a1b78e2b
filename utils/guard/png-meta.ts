/**
 * PNG metadata: the eXIf chunk (EXIF, same TIFF data as in a JPEG) and the text chunks (tEXt,
 * zTXt, iTXt: author, comments, XMP). Stripping drops these chunks and keeps the image intact.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk { type: string; start: number; end: number; dataStart: number; dataEnd: number }

function chunks(bytes: Uint8Array): Chunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Chunk[] = [];
  for (let pos = 8; pos + 12 <= bytes.length;) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > bytes.length) throw new Error('Beschadigd PNG-bestand');
    out.push({ type, start: pos, end, dataStart: pos + 8, dataEnd: pos + 8 + length });
    pos = end;
    if (type === 'IEND') break;
  }
  return out;
}

/** The TIFF bytes of the eXIf chunk, if any. */
export function pngExif(bytes: Uint8Array): Uint8Array | null {
  const c = chunks(bytes).find((ch) => ch.type === 'eXIf');
  return c ? bytes.subarray(c.dataStart, c.dataEnd) : null;
}

export function pngHasText(bytes: Uint8Array): boolean {
  return chunks(bytes).some((c) => c.type !== 'eXIf' && METADATA.has(c.type));
}

export function stripPngMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!isPng(bytes)) throw new Error('Geen PNG-bestand');
  const kept = chunks(bytes).filter((c) => !METADATA.has(c.type));
  const out = new Uint8Array(8 + kept.reduce((n, c) => n + c.end - c.start, 0));
  out.set(bytes.subarray(0, 8));
  let at = 8;
  for (const c of kept) { out.set(bytes.subarray(c.start, c.end), at); at += c.end - c.start; }
  return out;
}
