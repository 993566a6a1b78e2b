/** Letter/digit tokens of a normalised text, lower-cased, with their offsets. */
export interface Token {
  start: number;
  end: number;
  /** lower-cased token text */
  value: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
  }
  return tokens;
}
