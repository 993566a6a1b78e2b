/** A minimal DER (ASN.1) reader and writer, enough for RFC 3161, CMS and X.509. */
export interface Node {
  tag: number;
  /** The whole TLV. */
  der: Uint8Array;
  /** The value octets. */
  value: Uint8Array;
  children: Node[];
}

export class DerError extends Error {}

export function parseDer(bytes: Uint8Array, depth = 0): Node {
  const [node, used] = readTlv(bytes, 0, depth);
  if (used !== bytes.length) throw new DerError('extra bytes after the DER value');
  return node;
}

function readTlv(b: Uint8Array, at: number, depth: number): [Node, number] {
  if (depth > 40) throw new DerError('DER nested too deep');
  if (at + 2 > b.length) throw new DerError('DER truncated');
  const tag = b[at]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not supported');
  let len = b[at + 1]!;
  let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || at + 2 + n > b.length) throw new DerError('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[at + 2 + i]!;
    hdr += n;
  }
  const end = at + hdr + len;
  if (end > b.length) throw new DerError('DER value runs past the end');
  const value = b.subarray(at + hdr, end);
  const children: Node[] = [];
  if (tag & 0x20) {
    let p = 0;
    while (p < value.length) {
      const [child, used] = readTlv(value, p, depth + 1);
      children.push(child);
      p += used;
    }
  }
  return [{ tag, der: b.subarray(at, end), value, children }, end - at];
}

export function oidToString(value: Uint8Array): string {
  const parts: number[] = [];
  let n = 0;
  for (const byte of value) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) { parts.push(n); n = 0; }
  }
  const first = parts.shift() ?? 0;
  const a = first < 80 ? Math.floor(first / 40) : 2;
  return [a, first - a * 40, ...parts].join('.');
}

export function child(n: Node | undefined, i: number, tag?: number): Node {
  const c = n?.children[i];
  if (!c || (tag !== undefined && c.tag !== tag)) throw new DerError(`unexpected structure (element ${i})`);
  return c;
}

export const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
export const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** GeneralizedTime / UTCTime to ISO 8601. */
export function derTime(n: Node): string {
  const s = new TextDecoder().decode(n.value);
  const m = /^(\d{2,4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\.\d+)?Z$/.exec(s);
  if (!m) throw new DerError(`unsupported time ${s}`);
  const year = n.tag === 0x17 ? (Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1]) : Number(m[1]);
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Math.round(Number(m[7] ?? 0) * 1000))).toISOString();
}

// ---- writer ----
export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const len = parts.reduce((s, p) => s + p.length, 0);
  const lenBytes = len < 128 ? [len] : len < 256 ? [0x81, len] : len < 65536 ? [0x82, len >> 8, len & 0xff] : [0x83, len >> 16, (len >> 8) & 0xff, len & 0xff];
  const out = new Uint8Array(1 + lenBytes.length + len);
  out.set([tag, ...lenBytes]);
  let at = 1 + lenBytes.length;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

export function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [a! * 40 + b!];
  for (const n of rest) {
    const enc = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) enc.unshift((v & 0x7f) | 0x80);
    bytes.push(...enc);
  }
  return tlv(0x06, new Uint8Array(bytes));
}

/** A non-negative INTEGER from big-endian bytes. */
export function integer(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  return tlv(0x02, v[0]! & 0x80 ? new Uint8Array([0, ...v]) : v);
}
