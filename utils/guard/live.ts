import type { Finding } from '../detect/index';
import type { Detector } from './check';
import { readEditor } from './editor-text';
import { type Translate, countLabel } from './labels';
import type { LiveView } from './ui/live-view';

export interface Live {
  /** The officer typed in (or moved to) this editor: update the count and marks on the next frame. */
  schedule(editor: Element): void;
  /** The page scrolled or resized: move the marks. */
  refresh(): void;
  hide(): void;
}

export function createLive(doc: Document, view: LiveView, deps: { detector(): Detector | null; enabled(): boolean; t: Translate }): Live {
  const win = doc.defaultView!;
  let current: Element | null = null;
  let frame = 0;
  let last: { text: string; findings: Finding[] } = { text: '', findings: [] };
  const update = () => {
    frame = 0;
    const detect = deps.detector();
    if (!current?.isConnected || !deps.enabled() || !detect) return view.hide();
    try {
      const { text } = readEditor(current);
      if (text !== last.text) last = { text, findings: text.trim() ? detect(text) : [] };
      view.show(current, last.findings, countLabel(deps.t, last.findings.length));
    } catch {
      view.hide();
    }
  };
  const later = () => { if (!frame) frame = win.requestAnimationFrame(update); };
  return {
    schedule(editor) { current = editor; later(); },
    refresh() { if (current) later(); },
    hide() { current = null; view.hide(); },
  };
}
