import { type PageText, rangesFor } from '../utils/findability/page-text';
import { t } from './t';
import { categoryLabel } from './findability-labels';

interface Mark {
  start: number;
  end: number;
  category: string;
}

const MAX_BOXES = 5000;
let current: { host: HTMLElement; stop: () => void } | null = null;

const css = `
.box { position: absolute; border-radius: 3px; background: rgba(255, 196, 0, 0.35); outline: 2px solid #b36b00; }
.box.personal { background: rgba(214, 32, 64, 0.28); outline-color: #a40e26; }
.panel { position: fixed; top: 12px; right: 12px; max-width: 300px; pointer-events: auto; background: #fff; color: #13233f;
  font: 14px/1.4 system-ui, sans-serif; border: 2px solid #15428b; border-radius: 8px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.panel h2 { font-size: 15px; margin: 0 0 6px; } .panel ul { margin: 6px 0; padding-left: 18px; }
.panel button { font: inherit; border: 1px solid #15428b; background: #15428b; color: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; }`;

function drawBoxes(layer: HTMLElement, doc: Document, page: PageText, marks: readonly Mark[]): number {
  layer.replaceChildren();
  const win = doc.defaultView;
  let drawn = 0;
  for (const mark of marks) {
    for (const range of safeRanges(doc, page, mark)) {
      for (const rect of range.getClientRects()) {
        if (drawn >= MAX_BOXES || (!rect.width && !rect.height)) continue;
        const box = doc.createElement('div');
        box.className = mark.category === 'personal_term' ? 'box personal' : 'box';
        Object.assign(box.style, {
          left: `${rect.left + (win?.scrollX ?? 0)}px`, top: `${rect.top + (win?.scrollY ?? 0)}px`,
          width: `${rect.width}px`, height: `${rect.height}px`,
        });
        layer.append(box);
        drawn++;
      }
    }
  }
  return drawn;
}

/** The page may have changed since it was read; a mark that no longer fits is skipped. */
function safeRanges(doc: Document, page: PageText, mark: Mark): Range[] {
  try {
    return rangesFor(doc, page, mark.start, mark.end);
  } catch {
    return [];
  }
}

function panel(doc: Document, marks: readonly Mark[], mode: 'trainer' | 'self', close: () => void): HTMLElement {
  const counts = new Map<string, number>();
  marks.forEach((m) => counts.set(m.category, (counts.get(m.category) ?? 0) + 1));
  const box = doc.createElement('section');
  box.className = 'panel';
  const title = doc.createElement('h2');
  title.textContent = t(mode === 'trainer' ? 'fxOverlayTitleTrainer' : 'fxOverlayTitleSelf');
  const list = doc.createElement('ul');
  for (const [category, n] of counts) list.append(Object.assign(doc.createElement('li'), { textContent: `${categoryLabel(category)}: ${n}` }));
  const summary = Object.assign(doc.createElement('p'), { textContent: marks.length ? t('fxOverlayCount', String(marks.length)) : t('fxOverlayNone') });
  const button = Object.assign(doc.createElement('button'), { type: 'button', textContent: t('fxOverlayClose') });
  button.addEventListener('click', (e) => { if (e.isTrusted) close(); });
  box.append(title, summary, list, button);
  return box;
}

/**
 * Marks findings on the page inside a CLOSED shadow root that ignores the
 * pointer: page scripts can neither read which words were marked nor hit-test
 * the boxes. Only counts and category names are shown, never the officer's terms.
 */
export function showMarks(doc: Document, page: PageText, marks: readonly Mark[], mode: 'trainer' | 'self', tag: string): number {
  current?.stop();
  const host = doc.createElement(tag);
  host.setAttribute('style', 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;');
  const root = host.attachShadow({ mode: 'closed' });
  const layer = doc.createElement('div');
  const redraw = () => drawBoxes(layer, doc, page, marks);
  const resized = (e: Event) => { if (e.isTrusted) redraw(); };
  const stop = () => {
    doc.defaultView?.removeEventListener('resize', resized);
    host.remove();
    current = null;
  };
  root.append(Object.assign(doc.createElement('style'), { textContent: css }), layer, panel(doc, marks, mode, stop));
  doc.documentElement.append(host);
  doc.defaultView?.addEventListener('resize', resized);
  current = { host, stop };
  return redraw();
}
