import { isLetterCode, wordAt } from '../text/chars';

/**
 * Which keyword hits count: "ME" and "AT" in capitals only ("me" and "at" are ordinary words; other
 * two-letter hits, "pv", "VP", always), and none in a handle or a domain: "@politie_utrecht" and
 * "politie.nl" address the police, they do not say the writer is police (a police e-mail address is
 * found apart).
 */
export const keepHit = (text: string) => (at: number, length: number): boolean => {
  if (inHandleOrDomain(text, at, length)) return false;
  if (length !== 2) return true;
  const c = text.charCodeAt(at);
  return c < 97 || (c !== 109 && c !== 97);
};

/** A letter, digit or underscore: what a handle or a domain name is made of. */
const handleAt = (text: string, i: number): boolean => wordAt(text, i) || text.charCodeAt(i) === 95;
/** How far a handle or a domain name reaches around a hit: bounded, so a 100k-letter "word" stays linear. */
const HANDLE_REACH = 40;
function inHandleOrDomain(text: string, at: number, length: number): boolean {
  let start = at;
  while (start > 0 && at - start < HANDLE_REACH && handleAt(text, start - 1)) start--;
  if (text[start - 1] === '@') return true;
  let end = at + length;
  while (end < text.length && end - at < HANDLE_REACH && handleAt(text, end)) end++;
  // a dot and an ASCII letter after the word: a domain ("politie.nl")
  const next = text.charCodeAt(end + 1);
  return text[end] === '.' && next < 128 && isLetterCode(next);
}
