/**
 * The PDF's standard fonts only know WinAnsi (Windows-1252). Characters outside it
 * are written as a readable stand-in (accents dropped, emoji as "[U+1F621]"), so the
 * report never fails on a post; the verbatim text is always in metadata.json.
 */
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split(''));
const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': ',', '\u2032': "'", '\u2033': '"', '\u2212': '-',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2043': '-', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\ufe0f': '', '\ufe0e': '', '\u2026': '…',
  'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'Ħ': 'H', 'ħ': 'h',
};

export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || EXTRA.has(ch);
}

/** Makes any text printable in a WinAnsi font; newlines and tabs become spaces. */
export function toWinAnsi(text: string): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === '\n' || ch === '\t' || ch === '\r') { out += ' '; continue; }
    if (isWinAnsi(ch)) { out += ch; continue; }
    if (ch in REPLACE) { out += REPLACE[ch]; if (/\p{L}/u.test(ch)) replaced++; continue; }
    replaced++;
    const compat = ch.normalize('NFKC');
    const base = [...compat].every(isWinAnsi) ? compat : ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (base && [...base].every(isWinAnsi)) out += base;
    else out += `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return { text: out, replaced };
}
