import { describe, expect, it } from 'vitest';
import { MAX_ENTRY, inflateRawStream, isZip, listZip, readEntry, ZipError } from '../../../utils/bundle/unzip';
import { BlobSink, ZipStream } from '../../../utils/bundle/zip-stream';

async function build(files: [string, Uint8Array][]) {
  const sink = new BlobSink(1024);
  const zip = new ZipStream(sink, new Date(Date.UTC(2026, 0, 2, 3, 4, 6)));
  for (const [p, b] of files) zip.add(p, b);
  zip.end();
  return new Uint8Array(await sink.blob().arrayBuffer());
}

describe('streaming ZIP writer and the small reader', () => {
  it('stores images, deflates text, splits big files into slices, and reads everything back', async () => {
    const big = new Uint8Array(3_500_000).map((_, i) => (i * 31 + (i >> 10)) & 0xff);
    const text = new TextEncoder().encode('{"a":1}\n'.repeat(1000));
    const zip = await build([['a/post.png', big], ['b/metadata.json', text], ['empty.txt', new Uint8Array(0)]]);
    expect(isZip(zip)).toBe(true);
    const entries = listZip(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([['a/post.png', 0, big.length], ['b/metadata.json', 8, text.length], ['empty.txt', 8, 0]]);
    expect(entries[1]!.compressedSize).toBeLessThan(text.length / 10);
    expect(Buffer.from(await readEntry(zip, entries[0]!, inflateRawStream)).equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(await readEntry(zip, entries[1]!, inflateRawStream)).equals(Buffer.from(text))).toBe(true);
    expect((await readEntry(zip, entries[2]!, inflateRawStream)).length).toBe(0);
  });

  it('refuses duplicate names, and the reader refuses a damaged ZIP with a reason', async () => {
    const zip = new ZipStream(new BlobSink(), new Date());
    zip.add('x.txt', new Uint8Array([1]));
    expect(() => zip.add('x.txt', new Uint8Array([2]))).toThrow('Dubbele bestandsnaam');
    expect(() => listZip(new Uint8Array(100))).toThrow(ZipError);
    const good = await build([['m.json', new TextEncoder().encode('x'.repeat(5000))]]);
    const cut = good.slice(0, 60);
    expect(() => listZip(cut)).toThrow(/geen geldig ZIP-bestand/);
    const broken = new Uint8Array(good);
    const e = listZip(broken)[0]!;
    broken.fill(0xff, e.offset + 40, e.offset + 60);
    await expect(readEntry(broken, e, inflateRawStream)).rejects.toThrow(ZipError);
  });
});

describe('a ZIP with two entries of one name', () => {
  it('is refused: unzip would show the first, a reader keeping the last would check another file', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    // Our writer refuses a second entry of one name, so join two one-entry ZIPs by hand as a forger would.
    const [a, b] = await Promise.all([build([['items/01/metadata.json', enc('{"echt":1}')]]), build([['items/01/metadata.json', enc('{"vervalst":1}')]])]);
    const parts = (z: Uint8Array) => {
      const eocd = z.length - 22;
      const cd = new DataView(z.buffer, z.byteOffset).getUint32(eocd + 16, true);
      return { local: z.subarray(0, cd), central: z.subarray(cd, eocd) };
    };
    const [pa, pb] = [parts(a), parts(b)];
    const centralB = pb.central.slice();
    new DataView(centralB.buffer).setUint32(42, new DataView(centralB.buffer).getUint32(42, true) + pa.local.length, true);
    const eocd = new Uint8Array(22);
    const v = new DataView(eocd.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, 2, true);
    v.setUint16(10, 2, true);
    v.setUint32(12, pa.central.length + centralB.length, true);
    v.setUint32(16, pa.local.length + pb.local.length, true);
    const zip = new Uint8Array([...pa.local, ...pb.local, ...pa.central, ...centralB, ...eocd]);
    expect(() => listZip(zip)).toThrow(/dubbele naam in de ZIP: items\/01\/metadata.json/);
  });
});

describe('a zip bomb', () => {
  it('stops inflating at the size the table of contents declares, and refuses a declared size past the limit unread', async () => {
    const zip = await build([['items/01/page.mhtml', new Uint8Array(8 * 1024 * 1024)]]);
    expect(zip.length).toBeLessThan(100_000);
    const [entry] = listZip(zip);
    const t0 = performance.now();
    await expect(readEntry(zip, { ...entry!, size: 100 }, inflateRawStream)).rejects.toThrow(/groter dan opgegeven/);
    expect(performance.now() - t0).toBeLessThan(2_000);
    await expect(readEntry(zip, { ...entry!, size: MAX_ENTRY + 1 }, inflateRawStream)).rejects.toThrow(/te groot/);
    expect((await readEntry(zip, entry!, inflateRawStream)).length).toBe(8 * 1024 * 1024);
  });
});
