/** The markup of pii.src.txt: `[terms=A|B] text with [[category:marked text]] and \u{200B} escapes`. */
import { categories, type Category } from '../../utils/detect/index';

export interface GoldSpan { start: number; end: number; category: Category; marked: string }
export interface Line { id: string; text: string; terms?: string[]; spans: GoldSpan[] }

const unescape = (s: string): string => s.replace(/\\u\{([0-9A-Fa-f]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

export function parseMarked(id: string, raw: string): Line {
  let rest = raw;
  let terms: string[] | undefined;
  const header = /^\[terms=([^\]]*)\]\s/.exec(rest);
  if (header) {
    terms = header[1]!.split('|').map(unescape);
    rest = rest.slice(header[0].length);
  }
  let text = '';
  const spans: GoldSpan[] = [];
  const mark = /\[\[([a-z_+]+):(.*?)\]\](?!\])/g;
  let last = 0;
  for (let m = mark.exec(rest); m; m = mark.exec(rest)) {
    text += unescape(rest.slice(last, m.index));
    const marked = unescape(m[2]!);
    for (const category of m[1]!.split('+')) {
      if (!(categories as readonly string[]).includes(category)) throw new Error(`${id}: unknown category ${category}`);
      spans.push({ start: text.length, end: text.length + marked.length, category: category as Category, marked });
    }
    text += marked;
    last = m.index + m[0].length;
  }
  text += unescape(rest.slice(last));
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: unbalanced markup`);
  return { id, text, ...(terms ? { terms } : {}), spans };
}
