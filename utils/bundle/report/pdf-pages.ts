import { zlibSync } from 'fflate';
import { type PDFFont, PDFDocument, StandardFonts } from 'pdf-lib';
import { toWinAnsi } from '../winansi';
import { PdfObjects, winAnsiHex } from './pdf-objects';
import type { PdfImage } from './png-embed';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
export const INK = '0.07 0.14 0.25';
export const GREY = '0.35 0.38 0.45';
const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', mono: 'Courier', italic: 'Helvetica-Oblique' } as const;
export type FontKey = keyof typeof FONTS;

/** Widths of the standard fonts (pdf-lib's metrics; nothing of pdf-lib is written). */
let metrics: Promise<Record<FontKey, PDFFont>> | undefined;
export function fontMetrics(): Promise<Record<FontKey, PDFFont>> {
  metrics ??= PDFDocument.create().then(async (doc) => {
    const [regular, bold, mono, italic] = await Promise.all([StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.Courier, StandardFonts.HelveticaOblique].map((f) => doc.embedFont(f)));
    return { regular: regular!, bold: bold!, mono: mono!, italic: italic! };
  });
  return metrics;
}

interface Page { num: number; footer: number; ops: string[]; images: Map<string, number>; extra: number[] }
const deflate = (ops: string[]) => zlibSync(new TextEncoder().encode(ops.join('\n')), { level: 6 });

/**
 * The page layer of the streaming report: each page goes out when the next begins, each image as
 * soon as it is placed, so memory holds one page, not the document. Footers ("pagina x van y")
 * and reserved content are objects numbered up front and written at the end.
 */
export class PdfPages {
  protected page!: Page;
  protected y = 0;
  private readonly pages: number[] = [];
  private readonly footers: number[] = [];
  private readonly fontRefs: Record<FontKey, number>;
  private readonly catalog: number;
  private readonly tree: number;
  private images = 0;
  private footerText = '';
  /** While reserved content is written: no page breaks (that page is already out). */
  protected inSlot = false;

  protected constructor(private readonly pdf: PdfObjects, protected readonly fonts: Record<FontKey, PDFFont>, private readonly title: string) {
    [this.catalog, this.tree] = [pdf.reserve(), pdf.reserve()];
    this.fontRefs = Object.fromEntries(Object.entries(FONTS).map(([k, name]) => {
      const num = pdf.reserve();
      pdf.put(num, `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`);
      return [k, num];
    })) as Record<FontKey, number>;
    this.newPage();
  }

  newPage(): void {
    if (this.page) this.flush();
    this.page = { num: this.pdf.reserve(), footer: this.pdf.reserve(), ops: [], images: new Map(), extra: [] };
    this.pages.push(this.page.num);
    this.y = A4[1] - MARGIN;
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
      this.pdf.stream(num, ' /Filter /FlateDecode', deflate([`BT /F1 7.5 Tf ${GREY} rg ${MARGIN} ${MARGIN - 25} Td ${winAnsiHex(line)} Tj ET`]));
    });
    this.pdf.put(this.tree, `<< /Type /Pages /Count ${n} /Kids [${this.pages.map((p) => `${p} 0 R`).join(' ')}] >>`);
    this.pdf.put(this.catalog, `<< /Type /Catalog /Pages ${this.tree} 0 R /Lang (nl-NL) >>`);
    const info = this.pdf.reserve();
    this.pdf.put(info, `<< /Title ${winAnsiHex(this.title)} /Producer (Schildwacht) /Creator (Schildwacht) >>`);
    this.pdf.end(this.catalog, info);
  }

  /** Content of the current page, written later into reserved space: the returned function runs `draw` at `y` on this page. */
  protected later(y: number): (draw: () => void) => void {
    const [page, num] = [this.page, this.pdf.reserve()];
    page.extra.push(num);
    return (draw) => {
      const [nowPage, nowY] = [this.page, this.y];
      [this.page, this.y] = [{ ...page, ops: [] }, y];
      this.inSlot = true;
      try { draw(); } finally { this.inSlot = false; }
      this.pdf.stream(num, ' /Filter /FlateDecode', deflate(this.page.ops));
      [this.page, this.y] = [nowPage, nowY];
    };
  }

  protected draw(line: string, x: number, y: number, size: number, key: FontKey, color: string): void {
    const f = Object.keys(FONTS).indexOf(key) + 1;
    this.page.ops.push(`BT /F${f} ${size} Tf ${color} rg ${x.toFixed(2)} ${y.toFixed(2)} Td ${winAnsiHex(line)} Tj ET`);
  }

  protected line(x1: number, y1: number, x2: number, y2: number, width: number): void {
    this.page.ops.push(`${GREY} RG ${width} w ${x1.toFixed(2)} ${y1.toFixed(2)} m ${x2.toFixed(2)} ${y2.toFixed(2)} l S`);
  }

  /** Writes the image data now and draws it at (x, y) with size (w, h), framed. */
  protected image(img: PdfImage, x: number, y: number, w: number, h: number): void {
    const num = this.pdf.reserve();
    let mask = '';
    if (img.smask) {
      const m = this.pdf.reserve();
      this.pdf.stream(m, img.smask.dict, img.smask.data);
      mask = ` /SMask ${m} 0 R`;
    }
    this.pdf.stream(num, img.dict + mask, img.data);
    const name = `Im${++this.images}`;
    this.page.images.set(name, num);
    this.page.ops.push(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} ${x} ${y.toFixed(2)} cm /${name} Do Q`, `${GREY} RG 0.5 w ${x} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)} re S`);
  }

  /** The current page's content and page object go out; its footer's number is kept for the end. */
  private flush(): void {
    const p = this.page;
    const content = this.pdf.reserve();
    this.pdf.stream(content, ' /Filter /FlateDecode', deflate(p.ops));
    const fonts = Object.keys(FONTS).map((k, i) => `/F${i + 1} ${this.fontRefs[k as FontKey]} 0 R`).join(' ');
    const images = [...p.images].map(([name, num]) => `/${name} ${num} 0 R`).join(' ');
    const contents = [content, ...p.extra, p.footer].map((c) => `${c} 0 R`).join(' ');
    this.pdf.put(p.num, `<< /Type /Page /Parent ${this.tree} 0 R /MediaBox [0 0 ${A4[0]} ${A4[1]}] /Contents [${contents}] /Resources << /Font << ${fonts} >>${images ? ` /XObject << ${images} >>` : ''} >> >>`);
    this.footers.push(p.footer);
    p.ops = [];
  }
}
