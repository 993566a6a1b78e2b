import { findingRects } from './rects';
import type { Finding } from '../../detect/index';

/** The quiet while-typing view: a count near the composer and marks over the findings. */
export interface LiveView {
  show(editor: Element, findings: readonly Finding[], label: string): void;
  hide(): void;
}

const GAP = 4;

/**
 * The count sits OUTSIDE the editor's box, so it never covers the text or the send control next
 * to or below it (X's "Posten" sits under the editor's right edge): above the top-right corner;
 * with no room above, right of that corner; with no room there either, below the left edge.
 */
function place(indicator: HTMLElement, box: DOMRect): void {
  Object.assign(indicator.style, { left: '0px', top: '0px' });
  const { width, height } = indicator.getBoundingClientRect();
  const viewWidth = indicator.ownerDocument.documentElement.clientWidth;
  let left = box.right - width, top = box.top - GAP - height;
  if (top < 0) {
    if (box.right + GAP + width <= viewWidth) [left, top] = [box.right + GAP, box.top];
    else [left, top] = [box.left, box.bottom + GAP];
  }
  Object.assign(indicator.style, { left: `${Math.max(0, left)}px`, top: `${Math.max(0, top)}px` });
}

export function createLiveView(root: ShadowRoot | Element): LiveView {
  const doc = root.ownerDocument!;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const indicator = doc.createElement('div');
  indicator.className = 'indicator';
  indicator.setAttribute('role', 'status');
  indicator.dataset.testid = 'guard-indicator';
  layer.hidden = indicator.hidden = true;
  root.append(layer, mirror, indicator);
  return {
    show(editor, findings, label) {
      const rects = findings.length ? findingRects(editor, findings, mirror) : [];
      mirror.textContent = '';
      layer.replaceChildren(...rects.map((r) => {
        const mark = doc.createElement('div');
        mark.className = 'mark';
        Object.assign(mark.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        return mark;
      }));
      layer.hidden = rects.length === 0;
      indicator.hidden = findings.length === 0;
      indicator.textContent = label;
      if (!indicator.hidden) place(indicator, editor.getBoundingClientRect());
    },
    hide() {
      layer.hidden = indicator.hidden = true;
      layer.replaceChildren();
    },
  };
}
