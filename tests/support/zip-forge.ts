import { createDeflateRaw } from 'node:zlib';
import { BlobSink, ZipStream } from '../../utils/bundle/zip-stream';

/** A ZIP from our own streaming writer. */
export async function buildZip(files: [string, Uint8Array][]): Promise<Uint8Array> {
  const sink = new BlobSink(1024);
  const zip = new ZipStream(sink, new Date(Date.UTC(2026, 0, 2, 3, 4, 6)));
  for (const [p, b] of files) zip.add(p, b);
  zip.end();
  return new Uint8Array(await sink.blob().arrayBuffer());
}

const view = (z: Uint8Array) => new DataView(z.buffer, z.byteOffset, z.byteLength);

function parts(z: Uint8Array) {
  const eocd = z.length - 22;
  const cd = view(z).getUint32(eocd + 16, true);
  return { local: z.subarray(0, cd), central: z.subarray(cd, eocd), count: view(z).getUint16(eocd + 10, true) };
}

/** Two ZIPs joined into one, as a forger does by hand (our writer refuses a second entry of one name). */
export function joinZips(a: Uint8Array, b: Uint8Array): Uint8Array {
  const [pa, pb] = [parts(a), parts(b)];
  const centralB = pb.central.slice();
  for (let at = 0; at < centralB.length;) {
    const v = view(centralB);
    v.setUint32(at + 42, v.getUint32(at + 42, true) + pa.local.length, true);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  const eocd = new Uint8Array(22);
  const v = view(eocd);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, pa.count + pb.count, true);
  v.setUint16(10, pa.count + pb.count, true);
  v.setUint32(12, pa.central.length + centralB.length, true);
  v.setUint32(16, pa.local.length + pb.local.length, true);
  return new Uint8Array([...pa.local, ...pb.local, ...pa.central, ...centralB, ...eocd]);
}

/** Rewrites an entry's name in its local header only (same length): the table of contents still says `name`. */
export function withLocalName(zip: Uint8Array, name: string, localName: string): Uint8Array {
  const out = zip.slice();
  const at = Buffer.from(out).indexOf(Buffer.from(name));
  if (at < 30 || localName.length !== name.length) throw new Error('local name not found or of another length');
  out.set(new TextEncoder().encode(localName), at);
  return out;
}

/**
 * A real zip bomb: one entry of `size` zero bytes deflated by zlib (about 1 MB per GiB),
 * streamed so that making it never holds the inflated bytes.
 */
export async function zipBomb(name: string, size: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const zero = Buffer.alloc(1 << 20);
  for (let left = size; left > 0; left -= zero.length) {
    if (!deflate.write(left >= zero.length ? zero : zero.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  const data = Buffer.concat(chunks);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size >>> 0, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(size >>> 0, 24); central.writeUInt16LE(nameBytes.length, 28);
  const eocd = Buffer.alloc(22);
  const cdAt = 30 + nameBytes.length + data.length;
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nameBytes.length, 12); eocd.writeUInt32LE(cdAt, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, eocd]));
}
