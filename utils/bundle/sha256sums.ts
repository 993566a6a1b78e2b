/**
 * SHA256SUMS in the format of GNU coreutils `sha256sum` (text mode):
 * `<64 hex>  <path>\n` per file, so `sha256sum -c SHA256SUMS` works in the unzipped folder.
 */
export interface SumEntry {
  path: string;
  sha256: string;
}

const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

export function formatSums(entries: readonly SumEntry[]): string {
  return entries.map((e) => {
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`Ongeldige hash voor ${e.path}`);
    // sha256sum escapes names with a backslash or newline; bundle paths never contain them.
    if (/[\\\n\r]/.test(e.path)) throw new Error(`Ongeldige bestandsnaam: ${e.path}`);
    return `${e.sha256}  ${e.path}\n`;
  }).join('');
}

export type ParsedSums = { ok: true; entries: SumEntry[] } | { ok: false; line: number; reason: string };

/** Parses SHA256SUMS strictly; an unreadable line makes the whole file unreliable. */
export function parseSums(text: string): ParsedSums {
  const entries: SumEntry[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, raw] of lines.entries()) {
    const m = LINE.exec(raw.replace(/\r$/, ''));
    if (!m) return { ok: false, line: i + 1, reason: `regel ${i + 1} is geen geldige SHA256SUMS-regel` };
    const path = m[2]!.replace(/^\.\//, '');
    if (entries.some((e) => e.path === path)) return { ok: false, line: i + 1, reason: `${path} staat dubbel in SHA256SUMS` };
    entries.push({ sha256: m[1]!, path });
  }
  return { ok: true, entries };
}
