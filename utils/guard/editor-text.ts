/**
 * The text of a composer as the site will send it, and a way back from offsets in that text to
 * DOM positions, so findings can be highlighted and replaced without touching the editor's DOM.
 */
export interface EditorText {
  text: string;
  /** A DOM range over [start, end) of `text`; null for a textarea/input (no DOM inside). */
  range(start: number, end: number): Range | null;
}

const BLOCK = new Set(['div', 'p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'section']);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

export function isTextControl(el: Element): el is TextControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

interface Piece { node: Text; start: number }

function collect(root: Element): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        pieces.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'br') text += '\n';
        else if (!SKIP.has(name)) {
          if (BLOCK.has(name) && text && !text.endsWith('\n')) text += '\n';
          walk(child);
        }
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** Where an offset lands: the text node holding it (start side prefers the next node at a gap). */
function locate(pieces: Piece[], offset: number, side: 'start' | 'end'): [Text, number] | null {
  if (side === 'start') {
    for (const p of pieces) if (offset < p.start + p.node.data.length) return [p.node, Math.max(0, offset - p.start)];
    return null;
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (offset > p.start) return [p.node, Math.min(p.node.data.length, offset - p.start)];
  }
  return null;
}

export function readEditor(el: Element): EditorText {
  if (isTextControl(el)) return { text: el.value, range: () => null };
  const { text, pieces } = collect(el);
  return {
    text,
    range(start, end) {
      const a = locate(pieces, start, 'start');
      const b = locate(pieces, end, 'end');
      if (!a || !b) return null;
      const range = el.ownerDocument.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      return range.collapsed && end > start ? null : range;
    },
  };
}
