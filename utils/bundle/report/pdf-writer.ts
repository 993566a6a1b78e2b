import { type PDFFont, type PDFPage, PDFDocument, StandardFonts, degrees, drawImage, rgb } from 'pdf-lib';
import { type EmbeddedPng, embedPngFast } from './png-embed';
import { toWinAnsi } from '../winansi';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
export const TEXT_WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.07, 0.14, 0.25);
const GREY = rgb(0.35, 0.38, 0.45);

export interface TextStyle { size?: number; font?: 'regular' | 'bold' | 'mono' | 'italic'; indent?: number; width?: number; grey?: boolean }

/** A top-to-bottom page writer over pdf-lib: wraps text, breaks pages, places images. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(readonly doc: PDFDocument, private readonly fonts: Record<NonNullable<TextStyle['font']>, PDFFont>) {
    this.newPage();
  }

  static async create(title: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(title);
    doc.setLanguage('nl-NL');
    doc.setProducer('Schildwacht');
    doc.setCreator('Schildwacht');
    const [regular, bold, mono, italic] = await Promise.all([StandardFonts.Helvetica, StandardFonts.HelveticaBold,
      StandardFonts.Courier, StandardFonts.HelveticaOblique].map((f) => doc.embedFont(f)));
    return new PdfWriter(doc, { regular: regular!, bold: bold!, mono: mono!, italic: italic! });
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /**
   * Keeps `height` points free here for text known only at the end (the bundle's fingerprint
   * on page 1); the returned function writes into that space, wherever the writer is by then.
   */
  reserve(height: number): (write: (w: PdfWriter) => void) => void {
    this.ensure(height);
    const [page, y] = [this.page, this.y];
    this.y -= height;
    return (write) => {
      const [nowPage, nowY] = [this.page, this.y];
      [this.page, this.y] = [page, y];
      write(this);
      [this.page, this.y] = [nowPage, nowY];
    };
  }

  /** Wrapped text; long words (URLs, hashes) are broken where needed. Keeps line breaks of the source. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = this.fonts[style.font ?? 'regular'];
    const indent = style.indent ?? 0;
    const width = (style.width ?? TEXT_WIDTH) - indent;
    for (const paragraph of text.split(/\r?\n/)) {
      for (const line of wrap(toWinAnsi(paragraph).text, font, size, width)) {
        this.ensure(size * 1.35);
        this.page.drawText(line, { x: MARGIN + indent, y: this.y - size, size, font, color: style.grey ? GREY : INK });
        this.y -= size * 1.35;
      }
    }
  }

  /** A label in bold with its value beside it, wrapped in the right column. */
  field(label: string, value: string, labelWidth = 165): void {
    this.ensure(30);
    const top = this.y;
    const page = this.page;
    this.text(label, { font: 'bold', width: labelWidth - 8 });
    const after = this.y;
    if (this.page === page) this.y = top;
    this.text(value || '—', { indent: labelWidth, font: /^[0-9a-f]{64}$/.test(value) ? 'mono' : 'regular', size: /^[0-9a-f]{64}$/.test(value) ? 8.5 : 10 });
    if (this.page === page) this.y = Math.min(this.y, after);
    this.y -= 2;
  }

  /** One table row: every cell wrapped in its own column; the row is as tall as its tallest cell. */
  row(cells: string[], widths: number[], bold = false): void {
    const size = 8.5;
    const font = this.fonts[bold ? 'bold' : 'regular'];
    const wrapped = cells.map((c, i) => wrap(toWinAnsi(c).text, font, size, widths[i]! - 6));
    const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.3 + 4;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, j) => this.page.drawText(line, { x, y: this.y - size - j * size * 1.3, size, font, color: INK }));
      x += widths[i]!;
    });
    this.y -= height;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: MARGIN + TEXT_WIDTH, y: this.y + 2 }, thickness: 0.3, color: GREY });
  }

  rule(): void {
    this.ensure(8);
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 3 }, end: { x: A4[0] - MARGIN, y: this.y - 3 }, thickness: 0.5, color: GREY });
    this.y -= 8;
  }

  /** Embeds a PNG scaled to fit the text width and at most `maxHeight`. */
  async png(bytes: Uint8Array, maxHeight = 420): Promise<void> {
    const image = await this.embed(bytes);
    const scale = Math.min(TEXT_WIDTH / image.width, maxHeight / image.height, 1);
    const [w, h] = [image.width * scale, image.height * scale];
    this.ensure(h + 6);
    const name = this.page.node.newXObject('Image', image.ref);
    this.page.pushOperators(...drawImage(name, { x: MARGIN, y: this.y - h, width: w, height: h, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) }));
    this.page.drawRectangle({ x: MARGIN, y: this.y - h, width: w, height: h, borderColor: GREY, borderWidth: 0.5 });
    this.y -= h + 6;
  }

  private async embed(bytes: Uint8Array): Promise<EmbeddedPng> {
    const fast = embedPngFast(this.doc, bytes);
    if (fast) return fast;
    // Palette and 16-bit PNGs: pdf-lib's own (slow) decoder; pixels are freed right after.
    const image = await this.doc.embedPng(bytes);
    await image.embed();
    return { ref: image.ref, width: image.width, height: image.height };
  }

  /** Footer on every page: what the document is and "pagina x van y". */
  footer(text: string): void {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const line = toWinAnsi(`${text} — pagina ${i + 1} van ${pages.length}`).text;
      p.drawText(line, { x: MARGIN, y: MARGIN - 25, size: 7.5, font: this.fonts.regular, color: GREY });
    });
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: true });
  }
}

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
