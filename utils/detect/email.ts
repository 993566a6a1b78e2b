import type { Normalised, Recognizer, Span } from './types';

/**
 * E-mail addresses, also written to dodge scrapers: `jan [at] ziggo [dot] nl`,
 * `jan(at)ziggo.nl`, `jan at ziggo punt nl`. Scanning is anchored on the "at"
 * marker and reaches a bounded distance either way, so it stays linear.
 */
const AT_FIND = /@|[[({<]\s?(?:at|@)\s?[\])}>]|\s(?:at|apenstaartje)\s/gi;
const DOT = String.raw`(?:\.|\s?[[({<]\s?(?:dot|punt|\.)\s?[\])}>]\s?|\s(?:dot|punt)\s)`;
const DOMAIN = new RegExp(String.raw`[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:${DOT}[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,8}${DOT}[a-z]{2,24}(?![a-z0-9-])`, 'iy');
const LOCAL_CHAR = /[A-Za-z0-9._%+\-']/;
const LEADING_PUNCTUATION = /[.'\-]/;
const SPOKEN_AT = /^\s/;

export interface EmailSpan extends Span {
  domain: string;
}

export function findEmails(text: string): EmailSpan[] {
  const spans: EmailSpan[] = [];
  AT_FIND.lastIndex = 0;
  for (let m = AT_FIND.exec(text); m; m = AT_FIND.exec(text)) {
    let atStart = m.index;
    // the bracket form may have a space before it: "jan [at] ziggo"
    if (!SPOKEN_AT.test(m[0]) && text[atStart - 1] === ' ' && m[0] !== '@') atStart--;
    let start = atStart;
    while (start > 0 && atStart - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (start < atStart && LEADING_PUNCTUATION.test(text[start]!)) start++;
    if (start === atStart) continue;
    const afterAt = m.index + m[0].length + (text[m.index + m[0].length] === ' ' && m[0] !== '@' && !SPOKEN_AT.test(m[0]) ? 1 : 0);
    DOMAIN.lastIndex = afterAt;
    const d = DOMAIN.exec(text);
    if (!d) continue;
    const spoken = SPOKEN_AT.test(m[0]);
    // "ik ben at home punt" is no address: the spoken form needs a real-looking domain
    if (spoken && !/\b(?:nl|com|be|net|org|eu|de|info|nu)$/i.test(d[0])) continue;
    const domain = d[0].replace(new RegExp(DOT, 'gi'), '.').toLowerCase();
    spans.push({ start, end: afterAt + d[0].length, category: 'email', domain });
    AT_FIND.lastIndex = afterAt + d[0].length;
  }
  return spans;
}

/** The e-mail addresses of a normalised text, found once for all recognizers that need them. */
export function emailsOf(n: Normalised): EmailSpan[] {
  return (n.memo.emails ??= findEmails(n.text)) as EmailSpan[];
}

export const email: Recognizer = (n) => emailsOf(n).map(({ start, end, category }) => ({ start, end, category }));
