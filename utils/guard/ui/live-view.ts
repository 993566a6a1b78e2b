import { findingRects } from './rects';
import type { Finding } from '../../detect/index';

/** The quiet while-typing view: a count near the composer and marks over the findings. */
export interface LiveView {
  show(editor: Element, findings: readonly Finding[], label: string): void;
  hide(): void;
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
      const box = editor.getBoundingClientRect();
      indicator.hidden = findings.length === 0;
      indicator.textContent = label;
      Object.assign(indicator.style, { left: `${box.right}px`, top: `${box.bottom}px` });
    },
    hide() {
      layer.hidden = indicator.hidden = true;
      layer.replaceChildren();
    },
  };
}
