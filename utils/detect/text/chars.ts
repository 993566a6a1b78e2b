/** Fast character classes for the scanners (a regex per character is too slow per keystroke). */
const WORD = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
// 0 = not yet known, 1 = yes, 2 = no; filled lazily for the BMP
const wordTable = new Uint8Array(65536);
const letterTable = new Uint8Array(65536);

/** A letter or digit (any script). Surrogates count as neither. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordTable[code]!;
  if (known === 0) wordTable[code] = known = WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = letterTable[code]!;
  if (known === 0) letterTable[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Whether the character at i (possibly out of range) is a letter or digit. */
export const wordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
export const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
export const digitAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
export const upperAt = (text: string, i: number): boolean => {
  const ch = text[i];
  return ch !== undefined && isLetterCode(ch.charCodeAt(0)) && ch !== ch.toLowerCase();
};
