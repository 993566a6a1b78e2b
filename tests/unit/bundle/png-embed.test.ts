import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfWriter } from '../../../utils/bundle/report/pdf-writer';
import { readPng } from '../../../utils/bundle/report/png-embed';
import { filteredPng } from '../../support/png-filtered';

/** Parses the PPM/PGM files pdfimages writes (grey images may come as PPM with equal channels). */
function readPnm(path: string): { channels: number; width: number; height: number; data: Uint8Array } {
  const b = readFileSync(path);
  const text = b.subarray(0, 40).toString('latin1');
  const m = /^P([56])\s+(\d+)\s+(\d+)\s+255\s/.exec(text)!;
  return { channels: m[1] === '6' ? 3 : 1, width: Number(m[2]), height: Number(m[3]), data: new Uint8Array(b.subarray(m[0].length)) };
}

const grey = (img: ReturnType<typeof readPnm>) => (img.channels === 1 ? img.data : img.data.filter((_, i) => i % 3 === 0));

/** Builds a PDF with one PNG and lets poppler's pdfimages extract the image (and soft mask). */
async function roundTrip(png: Uint8Array) {
  const chunks: Uint8Array[] = [];
  const w = await PdfWriter.create('t', (c) => chunks.push(c));
  await w.png(png);
  await w.save();
  const dir = mkdtempSync(join(tmpdir(), 'sw-png-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), Buffer.concat(chunks));
    const list = execFileSync('pdfimages', ['-list', 'a.pdf'], { cwd: dir }).toString();
    execFileSync('pdfimages', ['a.pdf', 'img'], { cwd: dir });
    return { list, images: readdirSync(dir).filter((f) => f.startsWith('img')).sort().map((f) => readPnm(join(dir, f))) };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

describe('PNG into the report PDF', { timeout: 30_000 }, () => {
  it('passes opaque RGB through with every PNG row filter, and poppler decodes the same pixels', async () => {
    const { png, pixels } = filteredPng(37, 23, 3);
    const { images } = await roundTrip(png);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ channels: 3, width: 37, height: 23 });
    expect(Buffer.from(images[0]!.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('unfilters RGBA once and keeps transparency as a soft mask', async () => {
    const { png, pixels } = filteredPng(31, 17, 4);
    const { list, images } = await roundTrip(png);
    expect(list).toMatch(/smask/);
    const rgb = pixels.filter((_, i) => i % 4 !== 3);
    const alpha = pixels.filter((_, i) => i % 4 === 3);
    const [color, mask] = images;
    expect(Buffer.from(color!.data).equals(Buffer.from(rgb))).toBe(true);
    expect(Buffer.from(grey(mask!)).equals(Buffer.from(alpha))).toBe(true);
  });

  it('grey PNGs pass through too, and a non-PNG is refused clearly', async () => {
    const { png, pixels } = filteredPng(20, 9, 1);
    const { images } = await roundTrip(png);
    expect(Buffer.from(grey(images[0]!)).equals(Buffer.from(pixels))).toBe(true);
    expect(() => readPng(new Uint8Array([1, 2, 3]))).toThrow('geen PNG-bestand');
    await expect((await PdfWriter.create('t', () => undefined)).png(new TextEncoder().encode('<html>'))).rejects.toThrow();
  });
});
