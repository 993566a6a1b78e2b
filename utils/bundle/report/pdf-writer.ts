import { zlibSync } from 'fflate';
import { type PDFFont, PDFDocument, StandardFonts } from 'pdf-lib';
import { toWinAnsi } from '../winansi';
import { PdfObjects, winAnsiHex } from './pdf-objects';
import { pngImage } from './png-embed';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
export const TEXT_WIDTH = A4[0] - 2 * MARGIN;
const INK = '0.07 0.14 0.25';
const GREY = '0.35 0.38 0.45';
const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', mono: 'Courier', italic: 'Helvetica-Oblique' } as const;
type FontKey = keyof typeof FONTS;

export interface TextStyle { size?: number; font?: FontKey; indent?: number; width?: number; grey?: boolean }

/** Widths of the standard fonts (pdf-lib's metrics; nothing of pdf-lib is written). */
let metrics: Promise<Record<FontKey, PDFFont>> | undefined;
function fontMetrics(): Promise<Record<FontKey, PDFFont>> {
  metrics ??= PDFDocument.create().then(async (doc) => {
    const [regular, bold, mono, italic] = await Promise.all([StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.Courier, StandardFonts.HelveticaOblique].map((f) => doc.embedFont(f)));
    return { regular: regular!, bold: bold!, mono: mono!, italic: italic! };
  });
  return metrics;
}

interface Page { num: number; footer: number; ops: string[]; images: Map<string, number>; extra: number[] }

/**
 * A top-to-bottom page writer that streams: each page goes to `out` when the next begins, each
 * image as soon as it is placed, so memory holds one page, not the document. Wraps text, breaks
 * pages, places images; footers ("pagina x van y") and reserved space are written at the end.
 */
export class PdfWriter {
  private page!: Page;
  private y = 0;
  private readonly pages: number[] = [];
  private readonly fontRefs: Record<FontKey, number>;
  private readonly catalog: number;
  private readonly tree: number;
  private images = 0;
  private footerText = '';

  private constructor(private readonly pdf: PdfObjects, private readonly fonts: Record<FontKey, PDFFont>, private readonly title: string) {
    [this.catalog, this.tree] = [pdf.reserve(), pdf.reserve()];
    this.fontRefs = Object.fromEntries(Object.entries(FONTS).map(([k, name]) => {
      const num = pdf.reserve();
      pdf.put(num, `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`);
      return [k, num];
    })) as Record<FontKey, number>;
    this.newPage();
  }

  static async create(title: string, out: (chunk: Uint8Array) => void): Promise<PdfWriter> {
    return new PdfWriter(new PdfObjects(out), await fontMetrics(), title);
  }

  newPage(): void {
    if (this.page) this.flush();
    this.page = { num: this.pdf.reserve(), footer: this.pdf.reserve(), ops: [], images: new Map(), extra: [] };
    this.pages.push(this.page.num);
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
    const [page, y, num] = [this.page, this.y, this.pdf.reserve()];
    page.extra.push(num);
    this.y -= height;
    return (write) => {
      const [nowPage, nowY] = [this.page, this.y];
      this.page = { ...page, ops: [] };
      this.y = y;
      write(this);
      this.pdf.stream(num, ' /Filter /FlateDecode', zlibSync(new TextEncoder().encode(this.page.ops.join('\n')), { level: 6 }));
      [this.page, this.y] = [nowPage, nowY];
    };
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
    const image = pngImage(bytes);
    const scale = Math.min(TEXT_WIDTH / image.width, maxHeight / image.height, 1);
    const [w, h] = [image.width * scale, image.height * scale];
    this.ensure(h + 6);
    const num = this.pdf.reserve();
    let mask = '';
    if (image.smask) {
      const m = this.pdf.reserve();
      this.pdf.stream(m, image.smask.dict, image.smask.data);
      mask = ` /SMask ${m} 0 R`;
    }
    this.pdf.stream(num, image.dict + mask, image.data);
    const name = `Im${++this.images}`;
    this.page.images.set(name, num);
    const [x, y] = [MARGIN, this.y - h];
    this.page.ops.push(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} ${x} ${y.toFixed(2)} cm /${name} Do Q`, `${GREY} RG 0.5 w ${x} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)} re S`);
    this.y -= h + 6;
  }

  /** Footer on every page: what the document is and "pagina x van y" (written at the end). */
  footer(text: string): void {
    this.footerText = text;
  }

  /** Writes the last page, the footers, the page tree and the trailer. */
  async save(): Promise<void> {
    this.flush();
    const n = this.pages.length;
    this.footers.forEach((num, i) => {
      const line = toWinAnsi(`${this.footerText} — pagina ${i + 1} van ${n}`).text;
      this.pdf.stream(num, ' /Filter /FlateDecode', zlibSync(new TextEncoder().encode(`BT /F1 7.5 Tf ${GREY} rg ${MARGIN} ${MARGIN - 25} Td ${winAnsiHex(line)} Tj ET`)));
    });
    this.pdf.put(this.tree, `<< /Type /Pages /Count ${n} /Kids [${this.pages.map((p) => `${p} 0 R`).join(' ')}] >>`);
    this.pdf.put(this.catalog, `<< /Type /Catalog /Pages ${this.tree} 0 R /Lang (nl-NL) >>`);
    const info = this.pdf.reserve();
    this.pdf.put(info, `<< /Title ${winAnsiHex(this.title)} /Producer (Schildwacht) /Creator (Schildwacht) >>`);
    this.pdf.end(this.catalog, info);
  }

  private readonly footers: number[] = [];

  private draw(line: string, x: number, y: number, size: number, key: FontKey, color: string): void {
    const f = Object.keys(FONTS).indexOf(key) + 1;
    this.page.ops.push(`BT /F${f} ${size} Tf ${color} rg ${x.toFixed(2)} ${y.toFixed(2)} Td ${winAnsiHex(line)} Tj ET`);
  }

  private line(x1: number, y1: number, x2: number, y2: number, width: number): void {
    this.page.ops.push(`${GREY} RG ${width} w ${x1.toFixed(2)} ${y1.toFixed(2)} m ${x2.toFixed(2)} ${y2.toFixed(2)} l S`);
  }

  /** The current page's content and page object go out; the footer's object number is kept for the end. */
  private flush(): void {
    const p = this.page;
    const content = this.pdf.reserve();
    this.pdf.stream(content, ' /Filter /FlateDecode', zlibSync(new TextEncoder().encode(p.ops.join('\n')), { level: 6 }));
    const fonts = Object.keys(FONTS).map((k, i) => `/F${i + 1} ${this.fontRefs[k as FontKey]} 0 R`).join(' ');
    const images = [...p.images].map(([name, num]) => `/${name} ${num} 0 R`).join(' ');
    const contents = [content, ...p.extra, p.footer].map((c) => `${c} 0 R`).join(' ');
    this.pdf.put(p.num, `<< /Type /Page /Parent ${this.tree} 0 R /MediaBox [0 0 ${A4[0]} ${A4[1]}] /Contents [${contents}] /Resources << /Font << ${fonts} >>${images ? ` /XObject << ${images} >>` : ''} >> >>`);
    this.footers.push(p.footer);
    p.ops = [];
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
