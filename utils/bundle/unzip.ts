/**
 * A small ZIP reader (central directory; stored and deflate entries) with no
 * dependencies, so the offline verify.html can use it too. Inflating is passed
 * in: DecompressionStream('deflate-raw') in browsers.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Inflates raw deflate data, refusing (throwing) as soon as the output would pass `limit` bytes. */
export type InflateRaw = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** The largest file a bundle may hold (screenshots, archives): a bigger declared size is refused unread. */
export const MAX_ENTRY = 1024 * 1024 * 1024;

/** All entries together: the most a plain (non-ZIP64) bundle can hold. */
export const MAX_TOTAL = 4 * 1024 * 1024 * 1024;
/**
 * Deflate gains at most ~1032:1; real bundle files (archives, JSON, logs) stay far below 100:1.
 * A large entry that claims more is a zip bomb, refused before a byte is inflated.
 */
const MAX_RATIO = 100;
const RATIO_FROM = 16 * 1024 * 1024;

export class ZipError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && u32(bytes, 0) === 0x04034b50;
}

/** Lists the entries of a ZIP file from its central directory. Throws ZipError on a damaged file. */
export function listZip(b: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === 0x06054b50) { eocd = at; break; }
  }
  if (eocd < 0) throw new ZipError('geen geldig ZIP-bestand (einde van de inhoudsopgave niet gevonden)');
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ZipError('inhoudsopgave van de ZIP is beschadigd');
    const nameLen = u16(b, at + 28);
    const entry = {
      method: u16(b, at + 10), compressedSize: u32(b, at + 20), size: u32(b, at + 24),
      offset: u32(b, at + 42), name: decoder.decode(b.subarray(at + 46, at + 46 + nameLen)),
    };
    // Two entries of one name: unzip shows the first, a map keeps the last. Which one was checked?
    // On Windows and macOS "Post.png" and "post.png" (or two Unicode spellings) are one file too.
    const folded = entry.name.normalize('NFC').toLowerCase();
    if (names.has(folded)) throw new ZipError(`dubbele naam in de ZIP: ${entry.name}`);
    names.add(folded);
    checkLocalHeader(b, entry, b.subarray(at, at + 46 + nameLen));
    checkSize(entry, (total += entry.size));
    if (!entry.name.endsWith('/')) entries.push(entry);
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  // Many entries each under the single-entry limit can still be a bomb together.
  if (total > 4 * RATIO_FROM && total > MAX_RATIO * b.length) throw new ZipError(`zip-bom: ${b.length} bytes pakken samen uit tot ${total} bytes`);
  return entries;
}

/**
 * The local header in front of an entry's data must say what the table of contents says:
 * tools that read local headers (streaming unzip, some forensic tools) would otherwise see
 * another file name or size than the verifier checked.
 */
function checkLocalHeader(b: Uint8Array, e: ZipEntry, central: Uint8Array): void {
  const at = e.offset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new ZipError(`${e.name}: lokale kop ontbreekt of is beschadigd`);
  const nameLen = u16(b, at + 26);
  const localName = b.subarray(at + 30, at + 30 + nameLen);
  const centralName = central.subarray(46);
  const sameName = nameLen === centralName.length && localName.every((x, i) => x === centralName[i]);
  if (!sameName) throw new ZipError(`${e.name}: de lokale kop noemt een andere naam dan de inhoudsopgave`);
  const flags = u16(b, at + 6);
  if (flags !== u16(central, 8) || u16(b, at + 8) !== e.method) throw new ZipError(`${e.name}: lokale kop en inhoudsopgave verschillen (methode of vlaggen)`);
  // Bit 3: sizes and CRC follow the data (streamed ZIPs); otherwise they must match here.
  const streamed = (flags & 0x8) !== 0;
  if (!streamed && (u32(b, at + 14) !== u32(central, 16) || u32(b, at + 18) !== e.compressedSize || u32(b, at + 22) !== e.size)) {
    throw new ZipError(`${e.name}: lokale kop en inhoudsopgave noemen een andere grootte`);
  }
}

function checkSize(e: ZipEntry, total: number): void {
  if (e.size > MAX_ENTRY) throw new ZipError(`${e.name}: te groot (${e.size} bytes)`);
  if (total > MAX_TOTAL) throw new ZipError(`de bestanden samen zijn groter dan ${MAX_TOTAL} bytes`);
  if (e.method === 8 && e.size > RATIO_FROM && e.size > MAX_RATIO * e.compressedSize) {
    throw new ZipError(`${e.name}: zip-bom (${e.compressedSize} bytes pakken uit tot ${e.size} bytes)`);
  }
}

/** The uncompressed bytes of one entry. */
export async function readEntry(b: Uint8Array, e: ZipEntry, inflate: InflateRaw): Promise<Uint8Array> {
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) throw new ZipError(`${e.name}: lokale kop beschadigd`);
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  if (start + e.compressedSize > b.length) throw new ZipError(`${e.name}: bestand afgekapt`);
  const data = b.subarray(start, start + e.compressedSize);
  if (e.size > MAX_ENTRY) throw new ZipError(`${e.name}: te groot (${e.size} bytes)`);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    // Never more than the table of contents declares: a zip bomb stops at its declared size.
    try { out = await inflate(data, e.size); } catch { throw new ZipError(`${e.name}: gecomprimeerde gegevens beschadigd of groter dan opgegeven`); }
  } else throw new ZipError(`${e.name}: onbekende compressiemethode ${e.method}`);
  if (out.length !== e.size) throw new ZipError(`${e.name}: grootte klopt niet met de inhoudsopgave`);
  return out;
}

/** Inflate through the platform's DecompressionStream (all current browsers, Node 20), chunk by chunk up to `limit`. */
export async function inflateRawStream(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error('meer gegevens dan opgegeven');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
