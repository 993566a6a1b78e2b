import { describe, expect, it } from 'vitest';
import { inflateRawStream, isZip, listZip, readEntry, ZipError } from '../../../utils/bundle/unzip';
import { BlobSink, ZipStream } from '../../../utils/bundle/zip-stream';
import { buildZip as build } from '../../support/zip-forge';

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
