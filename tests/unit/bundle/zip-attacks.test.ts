import { describe, expect, it } from 'vitest';
import { zipReader } from '../../../utils/bundle/reader';
import { MAX_ENTRY, inflateRawStream, listZip, readEntry } from '../../../utils/bundle/unzip';
import { buildZip, joinZips, withLocalName, zipBomb } from '../../support/zip-forge';

const enc = (t: string) => new TextEncoder().encode(t);

describe('a forged ZIP is refused, with the entry named', () => {
  it('two entries of one name: unzip would show the first, a reader keeping the last would check another file', async () => {
    const [a, b] = await Promise.all([buildZip([['items/01/metadata.json', enc('{"echt":1}')]]), buildZip([['items/01/metadata.json', enc('{"vervalst":1}')]])]);
    expect(() => listZip(joinZips(a, b))).toThrow(/dubbele naam in de ZIP: items\/01\/metadata.json/);
  });

  it('names that are one file on Windows and macOS: other case, other Unicode spelling', async () => {
    const [a, b] = await Promise.all([buildZip([['items/01/post.png', enc('echt')]]), buildZip([['items/01/Post.PNG', enc('vervalst')]])]);
    expect(() => listZip(joinZips(a, b))).toThrow(/dubbele naam in de ZIP: items\/01\/Post.PNG/);
    const [c, d] = await Promise.all([buildZip([['items/01/caf\u00e9.txt', enc('1')]]), buildZip([['items/01/cafe\u0301.txt', enc('2')]])]);
    expect(() => listZip(joinZips(c, d))).toThrow(/dubbele naam in de ZIP/);
  });

  it('a local header that names another file than the table of contents', async () => {
    const zip = await buildZip([['items/01/metadata.json', enc('{"a":1}')], ['custody.jsonl', enc('{}\n')]]);
    expect(listZip(zip)).toHaveLength(2);
    const forged = withLocalName(zip, 'items/01/metadata.json', 'items/01/metadata.jsoN');
    expect(() => listZip(forged)).toThrow('items/01/metadata.json: de lokale kop noemt een andere naam dan de inhoudsopgave');
  });

  it('a file beside the bundle\'s folder cannot stand in for a bundle file of the same name', async () => {
    const zip = await buildZip([['b/SHA256SUMS', enc('x')], ['b/report.pdf', enc('echt')], ['report.pdf', enc('vals')]]);
    const r = zipReader(zip, inflateRawStream);
    expect(r.paths.sort()).toEqual(['../report.pdf', 'SHA256SUMS', 'report.pdf']);
    expect(new TextDecoder().decode(await r.read('report.pdf'))).toBe('echt');
  });

  it('a declared size that lies: inflating stops at the declared size; a size past the limit is refused unread', async () => {
    const zip = await buildZip([['items/01/page.mhtml', new Uint8Array(8 * 1024 * 1024)]]);
    expect(zip.length).toBeLessThan(100_000);
    const [entry] = listZip(zip);
    const t0 = performance.now();
    await expect(readEntry(zip, { ...entry!, size: 100 }, inflateRawStream)).rejects.toThrow(/groter dan opgegeven/);
    expect(performance.now() - t0).toBeLessThan(2_000);
    await expect(readEntry(zip, { ...entry!, size: MAX_ENTRY + 1 }, inflateRawStream)).rejects.toThrow(/te groot/);
    expect((await readEntry(zip, entry!, inflateRawStream)).length).toBe(8 * 1024 * 1024);
  });

  it('many entries each under the single-entry limit are refused together', async () => {
    const one = await zipBomb('items/01-00000000-0000-4000-8000-000000000000/a.bin', 15 * 1024 * 1024);
    let zip = one;
    for (let i = 0; i < 7; i++) zip = joinZips(zip, await zipBomb(`items/01-00000000-0000-4000-8000-000000000000/b${i}.bin`, 15 * 1024 * 1024));
    expect(() => listZip(zip)).toThrow(/^zip-bom: \d+ bytes pakken samen uit tot 125829120 bytes$/);
  }, 60_000);

  it('a 1 MB zip bomb that honestly declares 1 GiB is refused before anything is inflated, in under 64 MB', async () => {
    const bomb = await zipBomb('items/01/page.mhtml', 1024 * 1024 * 1024);
    expect(bomb.length).toBeGreaterThan(900_000);
    expect(bomb.length).toBeLessThan(1_200_000);
    globalThis.gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    expect(() => zipReader(bomb, inflateRawStream)).toThrow(/items\/01\/page.mhtml: zip-bom \(\d+ bytes pakken uit tot 1073741824 bytes\)/);
    const after = process.memoryUsage();
    const extra = Math.max(after.rss - before.rss, after.arrayBuffers - before.arrayBuffers);
    console.log(`zip bomb (${bomb.length} bytes → 1 GiB): refused in ${(performance.now() - t0).toFixed(1)} ms, ${(extra / 1e6).toFixed(1)} MB extra memory`);
    expect(extra).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
});
