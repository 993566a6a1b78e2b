import { toWinAnsi } from '../winansi';
import { PdfObjects } from './pdf-objects';
import { A4, type FontKey, GREY, INK, MARGIN, PdfPages, fontMetrics } from './pdf-pages';
import { pngImage } from './png-embed';
import { wrap } from './wrap';

export const TEXT_WIDTH = A4[0] - 2 * MARGIN;
export { wrap };

export interface TextStyle { size?: number; font?: FontKey; indent?: number; width?: number; grey?: boolean }

/** A top-to-bottom page writer that streams its PDF to `out`: wraps text, breaks pages, places images. */
export class PdfWriter extends PdfPages {
  static async create(title: string, out: (chunk: Uint8Array) => void): Promise<PdfWriter> {
    return new PdfWriter(new PdfObjects(out), await fontMetrics(), title);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (!this.inSlot && this.y - height < MARGIN + 20) this.newPage();
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
    const fill = this.later(this.y);
    this.y -= height;
    return (write) => fill(() => write(this));
  }

  /** Wrapped text; long words (URLs, hashes) are broken where needed. Keeps line breaks of the source. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const key = style.font ?? 'regular';
    const indent = style.indent ?? 0;
    const width = (style.width ?? TEXT_WIDTH) - indent;
    for (const paragraph of text.split(/\r?\n/)) {
      for (const line of wrap(toWinAnsi(paragraph).text, this.fonts[key], size, width)) {
        this.ensure(size * 1.35);
        this.draw(line, MARGIN + indent, this.y - size, size, key, style.grey ? GREY : INK);
        this.y -= size * 1.35;
      }
    }
  }

  /** A label in bold with its value beside it, wrapped in the right column. */
  field(label: string, value: string, labelWidth = 165): void {
    const top = this.y;
    this.text(label, { font: 'bold', width: labelWidth - 8 });
    const page = this.page;
    const after = this.y;
    if (this.page === page) this.y = top;
    this.text(value, { indent: labelWidth });
    if (this.page === page) this.y = Math.min(this.y, after);
  }

  /** One table row: every cell wrapped in its own column; the row is as tall as its tallest cell. */
  row(cells: string[], widths: number[], bold = false): void {
    const size = 8.5;
    const key: FontKey = bold ? 'bold' : 'regular';
    const wrapped = cells.map((c, i) => wrap(toWinAnsi(c).text, this.fonts[key], size, widths[i]! - 6));
    const height = Math.max(...wrapped.map((l) => l.length)) * size * 1.3 + 4;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, j) => this.draw(line, x, this.y - size - j * size * 1.3, size, key, INK));
      x += widths[i]!;
    });
    this.y -= height;
    this.line(MARGIN, this.y + 2, MARGIN + TEXT_WIDTH, this.y + 2, 0.3);
  }

  rule(): void {
    this.ensure(8);
    this.line(MARGIN, this.y - 3, A4[0] - MARGIN, this.y - 3, 0.5);
    this.y -= 8;
  }

  /** Places a PNG scaled to fit the text width and at most `maxHeight`; its data is written at once. */
  async png(bytes: Uint8Array, maxHeight = 420): Promise<void> {
    const img = pngImage(bytes);
    const scale = Math.min(TEXT_WIDTH / img.width, maxHeight / img.height, 1);
    const [w, h] = [img.width * scale, img.height * scale];
    this.ensure(h + 6);
    this.image(img, MARGIN, this.y - h, w, h);
    this.y -= h + 6;
  }
}
