import type { Finding } from '../../detect/index';
import { type TextControl, isTextControl, readEditor } from '../editor-text';

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle',
  'fontVariant', 'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'textAlign',
  'direction', 'whiteSpace', 'overflowWrap', 'wordBreak',
] as const;

/**
 * Where a textarea's characters are on screen: a hidden mirror in Schildwacht's own shadow root
 * with the same box and font lays the text out the same way (a textarea has no DOM ranges).
 */
function mirrorRects(el: TextControl, findings: readonly Finding[], mirror: HTMLElement): DOMRect[] {
  const view = el.ownerDocument.defaultView!;
  const cs = view.getComputedStyle(el);
  for (const prop of COPIED) mirror.style[prop] = cs[prop];
  if (el.localName === 'textarea') mirror.style.whiteSpace = 'pre-wrap';
  const box = el.getBoundingClientRect();
  Object.assign(mirror.style, {
    left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px`,
    paddingRight: `calc(${cs.paddingRight} + ${el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth)}px)`,
  });
  mirror.textContent = el.value;
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const node = mirror.firstChild as Text | null;
  if (!node) return [];
  const range = mirror.ownerDocument.createRange();
  return findings.flatMap((f) => {
    range.setStart(node, Math.min(f.start, node.length));
    range.setEnd(node, Math.min(f.end, node.length));
    return [...range.getClientRects()];
  });
}

function clip(r: DOMRect, box: DOMRect): DOMRect | null {
  const left = Math.max(r.left, box.left), top = Math.max(r.top, box.top);
  const right = Math.min(r.right, box.right), bottom = Math.min(r.bottom, box.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Screen rectangles of the findings in an editor, clipped to the editor's box. */
export function findingRects(el: Element, findings: readonly Finding[], mirror: HTMLElement): DOMRect[] {
  const box = el.getBoundingClientRect();
  let rects: DOMRect[];
  if (isTextControl(el)) rects = mirrorRects(el, findings, mirror);
  else {
    const text = readEditor(el);
    rects = findings.flatMap((f) => [...(text.range(f.start, f.end)?.getClientRects() ?? [])]);
  }
  return rects.map((r) => clip(r, box)).filter((r): r is DOMRect => r !== null);
}
