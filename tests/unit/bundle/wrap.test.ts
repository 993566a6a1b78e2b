import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../../utils/bundle/report/pdf-writer';

describe('report word wrap', () => {
  it('wraps words greedily within the width', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrap('Ik weet waar je woont, agent. Pas maar op, want we komen langs bij je gezin.', font, 10, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(font.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Ik weet waar je woont, agent. Pas maar op, want we komen langs bij je gezin.');
  });

  it('splits a 160,000-character word into lines that fit, keeping every character, in linear time', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const word = 'ab1W.'.repeat(32_000);
    const t0 = performance.now();
    const lines = wrap(`voor ${word} na`, font, 10, 480);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(lines.every((l) => font.widthOfTextAtSize(l, 10) <= 480)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(`voor${word}na`);
  });
});
