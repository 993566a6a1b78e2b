import type { Recognizer, Span } from '../types';
import { wordAt } from '../text/chars';
import { hasDigits } from '../text/tokens';

/**
 * Geographic coordinates: decimal pairs (`52.0907, 5.1214`, `N 52.0907 E 5.1214`,
 * `@52.0907,5.1214` in a maps link) and degrees-minutes-seconds
 * (`52°05'26.5"N 5°07'17.0"E`). A bare decimal pair needs four decimals each
 * (or a marker or a word like "locatie"), so Dutch thousands (`12.500, 13.750`)
 * and version numbers stay out.
 */
const NUM = (deg: string): string => `-?${deg}[.,]\\d{3,10}`;
const DECIMAL = new RegExp(
  `(${NUM('\\d{1,2}')})\\s?°?\\s?([NS])?\\s?[,;/ ]\\s?(?:([EWO])\\s?)?(${NUM('\\d{1,3}')})\\s?°?\\s?([EWO])?(?![A-Za-z0-9]|[.,]\\d)`,
  'g',
);
const PREFIX = /([NS])\s?$/;
const DMS_PART = `\\d{1,3}\\s?°\\s?\\d{1,2}(?:[.,]\\d+)?\\s?['′]?(?:\\s?\\d{1,2}(?:[.,]\\d+)?\\s?(?:"|″|''))?`;
const DMS = new RegExp(`(?:[NS]\\s?)?${DMS_PART}\\s?(?:[NS])?\\s?,?\\s?(?:[EWO]\\s?)?${DMS_PART}\\s?(?:[EWO])?`, 'g');
const CONTEXT = /(?:co[oö]rdinat\w*|gps|locatie|location|lat|lon|lng|maps|pin|positie|@|q=)\W{0,12}$/i;
const decimals = (s: string): number => s.length - s.search(/[.,]/) - 1;

function decimalPairs(text: string, spans: Span[]): void {
  DECIMAL.lastIndex = 0;
  for (let m = DECIMAL.exec(text); m; m = DECIMAL.exec(text)) {
    let start = m.index;
    const before = text[start - 1] ?? ' ';
    if (wordAt(text, start - 1) || '.,-'.includes(before) && before !== ' ') continue;
    const lat = Math.abs(parseFloat(m[1]!.replace(',', '.')));
    const lon = Math.abs(parseFloat(m[4]!.replace(',', '.')));
    if (lat > 90 || lon > 180) continue;
    const prefix = PREFIX.exec(text.slice(Math.max(0, start - 2), start));
    if (prefix && !wordAt(text, start - prefix[0].length - 1)) start -= prefix[0].length;
    const marked = !!(prefix || m[2] || m[3] || m[5]) || m[0].includes('°');
    const context = CONTEXT.test(text.slice(Math.max(0, start - 30), start));
    if (Math.min(decimals(m[1]!), decimals(m[4]!)) < 4 && !marked && !context) continue;
    // the optional ° and hemisphere letter may have taken a space that ends nothing
    spans.push({ start, end: m.index + m[0].trimEnd().length, category: 'geo' });
  }
}

export const geo: Recognizer = (n) => {
  const spans: Span[] = [];
  if (!hasDigits(n)) return spans;
  const text = n.text;
  decimalPairs(text, spans);
  if (!text.includes('°')) return spans;
  DMS.lastIndex = 0;
  for (let m = DMS.exec(text); m; m = DMS.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].trimEnd().length, category: 'geo' });
  }
  return spans;
};
