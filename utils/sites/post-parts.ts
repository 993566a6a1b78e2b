import type { PostInfo } from './types';

/** Helpers the per-platform post extractors share: verbatim text, absolute links, shown and parsed times. */

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON']);

function walk(node: Node, out: string[], skip: string | undefined): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      // Whitespace-only nodes are source formatting; real line breaks in post text sit between characters.
      out.push(/^\s*$/.test(text) ? (text ? ' ' : '') : text.replace(/[ \t\r\f]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || tag.startsWith('SCHILDWACHT-') || el.getAttribute('hidden') !== null || (skip && el.matches(skip))) continue;
    if (tag === 'BR') out.push('\n');
    else if (tag === 'IMG') out.push(el.getAttribute('alt') ?? '');
    else {
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      walk(el, out, skip);
      if (block) out.push('\n');
    }
  }
}

/**
 * The text of an element as a reader sees it: emoji images by their alt text, paragraphs on their own
 * lines. `skip`: elements inside it that are not the post's words (a time, reactions, a file card).
 */
export function verbatimText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, skip);
  return out.join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A link target as an absolute URL, or null when missing or malformed. */
export function absUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The href of the first element matching `selector` inside `root`, made absolute. */
export function linkOf(root: ParentNode, selector: string, base: string): string | null {
  return absUrl(root.querySelector(selector)?.getAttribute('href'), base);
}

/** Trimmed text of the first match, or null when absent or empty. */
export function textOf(root: ParentNode, selector: string): string | null {
  const text = verbatimText(root.querySelector(selector)).replace(/\s+/g, ' ').trim();
  return text || null;
}

/** An ISO 8601 time from a machine-readable attribute value, or null. */
export function isoTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = /^\d{10,13}$/.test(value) ? Number(value) * (value.length === 10 ? 1000 : 1) : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The post time as shown (text, or a tooltip when the text is relative) and as parsed from `attr`. */
export function timeOf(el: Element | null | undefined, attr = 'datetime'): PostInfo['postedAt'] {
  if (!el) return { shown: null, parsed: null };
  const shown = verbatimText(el).replace(/\s+/g, ' ').trim() || el.getAttribute('title') || el.getAttribute('aria-label');
  return { shown: shown || null, parsed: isoTime(el.getAttribute(attr)) };
}

/** A handle with one leading @, or null. */
export function handleOf(text: string | null | undefined): string | null {
  const h = text?.trim().replace(/^@+/, '');
  return h ? `@${h}` : null;
}

/** The first capture group of `re` in `value`, or null. */
export function match(value: string | null | undefined, re: RegExp): string | null {
  return value ? (re.exec(value)?.[1] ?? null) : null;
}
