const enc = new TextEncoder();

/**
 * The object layer of a PDF written front to back: each object goes out as soon as it is
 * complete, and only its byte offset is kept for the cross-reference table at the end. Objects
 * may be reserved (numbered) first and written later, in any order.
 */
export class PdfObjects {
  private readonly offsets: number[] = [0];
  private at = 0;

  constructor(private readonly out: (chunk: Uint8Array) => void) {
    this.raw(enc.encode('%PDF-1.7\n'));
    this.raw(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])); // binary marker for transfer programs
  }

  reserve(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  put(num: number, body: string): void {
    this.offsets[num] = this.at;
    this.raw(enc.encode(`${num} 0 obj\n${body}\nendobj\n`));
  }

  stream(num: number, dict: string, data: Uint8Array): void {
    this.offsets[num] = this.at;
    this.raw(enc.encode(`${num} 0 obj\n<<${dict} /Length ${data.length}>>\nstream\n`));
    this.raw(data);
    this.raw(enc.encode('\nendstream\nendobj\n'));
  }

  /** The cross-reference table and trailer; every reserved object must have been written. */
  end(root: number, info: number): void {
    const missing = this.offsets.findIndex((o, i) => i > 0 && o < 0);
    if (missing > 0) throw new Error(`PDF-object ${missing} is niet geschreven`);
    const xref = this.at;
    const rows = this.offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    this.raw(enc.encode(`xref\n0 ${this.offsets.length}\n0000000000 65535 f \n${rows}`));
    this.raw(enc.encode(`trailer\n<< /Size ${this.offsets.length} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  }

  private raw(b: Uint8Array): void {
    this.out(b);
    this.at += b.length;
  }
}

const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** A PDF hex string of text already made WinAnsi-safe (utils/bundle/winansi.ts). */
export function winAnsiHex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = CP1252[ch] ?? ch.charCodeAt(0);
    hex += (code <= 0xff ? code : 0x3f).toString(16).padStart(2, '0');
  }
  return `<${hex}>`;
}
