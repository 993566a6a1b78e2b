import type { PDFFont } from 'pdf-lib';

/**
 * Greedy word wrap by measured width; a word wider than the line is split by characters, in one
 * pass over it with cached character widths (a 160,000-character word stays linear).
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const widths = new Map<string, number>();
  const charWidth = (ch: string) => {
    let w = widths.get(ch);
    if (w === undefined) widths.set(ch, (w = font.widthOfTextAtSize(ch, size)));
    return w;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) { line = candidate; continue; }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) { line = word; continue; }
    let piece = '';
    let used = 0;
    for (const ch of word) {
      const w = charWidth(ch);
      if (piece && used + w > width) { lines.push(piece); piece = ''; used = 0; }
      piece += ch;
      used += w;
    }
    line = piece;
  }
  lines.push(line);
  return lines;
}
