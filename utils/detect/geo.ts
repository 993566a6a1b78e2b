import type { Recognizer, Span } from './types';

/**
 * Geographic coordinates: decimal pairs (`52.0907, 5.1214`, `N 52.0907 E 5.1214`,
 * `@52.0907,5.1214` in a maps link) and degrees-minutes-seconds
 * (`52°05'26.5"N 5°07'17.0"E`). A bare decimal pair needs four decimals each,
 * so Dutch thousands (`12.500, 13.750`) and version numbers stay out.
 */
const NUM = (deg: string, dec: string): string => `-?${deg}[.,]\\d{${dec}}`;
const DECIMAL = new RegExp(
  `(?<![\\p{L}\\p{N}.,\\-])(?:([NS])\\s?)?(${NUM('\\d{1,2}', '3,10')})\\s?°?\\s?([NS])?\\s?[,;/ ]\\s?(?:([EWO])\\s?)?(${NUM('\\d{1,3}', '3,10')})\\s?°?\\s?([EWO])?(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'gu',
);
const DMS_PART = `\\d{1,3}\\s?°\\s?\\d{1,2}(?:[.,]\\d+)?\\s?['′]?(?:\\s?\\d{1,2}(?:[.,]\\d+)?\\s?(?:"|″|''))?`;
const DMS = new RegExp(`(?:[NS]\\s?)?${DMS_PART}\\s?(?:[NS])?\\s?,?\\s?(?:[EWO]\\s?)?${DMS_PART}\\s?(?:[EWO])?`, 'g');
const CONTEXT = /(?:co[oö]rdinat\w*|gps|locatie|location|lat|lon|lng|maps|pin|positie|@)\W{0,12}$/i;

export const geo: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  DECIMAL.lastIndex = 0;
  for (let m = DECIMAL.exec(text); m; m = DECIMAL.exec(text)) {
    const lat = Math.abs(parseFloat(m[2]!.replace(',', '.')));
    const lon = Math.abs(parseFloat(m[5]!.replace(',', '.')));
    if (lat > 90 || lon > 180) continue;
    const decimals = Math.min(m[2]!.length - m[2]!.search(/[.,]/) - 1, m[5]!.length - m[5]!.search(/[.,]/) - 1);
    const marked = !!(m[1] || m[3] || m[4] || m[6]) || m[0].includes('°');
    if (decimals < 4 && !marked && !CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, category: 'geo' });
  }
  DMS.lastIndex = 0;
  for (let m = DMS.exec(text); m; m = DMS.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].trimEnd().length, category: 'geo' });
  }
  return spans;
};
