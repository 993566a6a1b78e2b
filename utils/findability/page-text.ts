/**
 * The readable text of a page, with for each stretch the node it came from, so
 * findings (offsets into the text) can be turned back into ranges on the page.
 * The DOM comes in as a parameter; this runs in the page, in the extension's world.
 */
export interface TextPiece {
  start: number;
  end: number;
  node: Node;
  /** The stretch is an image's alt text: the image itself is what gets marked. */
  alt: boolean;
}

export interface PageText {
  text: string;
  pieces: TextPiece[];
  truncated: boolean;
}

export const MAX_PAGE_TEXT = 1_000_000;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'svg']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL', 'BUTTON', 'LABEL', 'OPTION', 'CAPTION', 'IMG',
]);

export function collectPageText(root: Element, max = MAX_PAGE_TEXT): PageText {
  let text = '';
  const pieces: TextPiece[] = [];
  let truncated = false;
  let lastChar = '';
  const add = (value: string, node: Node, alt: boolean) => {
    if (!value || truncated) return;
    const room = max - text.length;
    if (value.length > room) truncated = true;
    const part = value.slice(0, Math.max(0, room));
    if (!part) return;
    pieces.push({ start: text.length, end: text.length + part.length, node, alt });
    text += part;
    lastChar = part[part.length - 1]!;
  };
  // Tracked, not read back: reading the end of a string built by += flattens it every time.
  const breakLine = () => {
    if (lastChar !== '' && lastChar !== '\n' && text.length < max) (text += '\n'), (lastChar = '\n');
  };
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length && !truncated) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      add((node as Text).data, node, false);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName)) continue;
    if (BLOCK.has(el.tagName)) breakLine();
    if (exit) continue;
    const alt = el.tagName === 'IMG' ? el.getAttribute('alt')?.trim() : '';
    if (alt) add(alt, el, true);
    stack.push({ node: el, exit: true });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  return { text, pieces, truncated };
}

/** The ranges on the page that make up text[start, end). */
export function rangesFor(doc: Document, page: PageText, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  let lo = 0;
  let hi = page.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.pieces[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < page.pieces.length && page.pieces[i]!.start < end; i++) {
    const piece = page.pieces[i]!;
    const range = doc.createRange();
    if (piece.alt) range.selectNode(piece.node);
    else {
      range.setStart(piece.node, Math.max(start, piece.start) - piece.start);
      range.setEnd(piece.node, Math.min(end, piece.end) - piece.start);
    }
    ranges.push(range);
  }
  return ranges;
}
