import type { Checker } from './checker';
import { readEditor } from './editor-text';
import { pageComputable } from '../detect/types';
import { type Translate, countLabel } from './labels';
import type { LiveView } from './ui/live-view';

export interface Live {
  /** The officer typed in (or moved to) this editor: update the count and marks on the next frame. */
  schedule(editor: Element): void;
  /** The page scrolled or resized: move the marks. */
  refresh(): void;
  hide(): void;
}

/**
 * Every change is sent for checking at once (no debounce); only the answer to the latest question
 * is shown (a sequence number drops stale ones), on the next animation frame. Only findings the
 * page could compute itself are marked and counted; profile terms wait for the held post's dialog.
 */
export function createLive(doc: Document, view: LiveView, deps: { checker: Checker; enabled(): boolean; t: Translate }): Live {
  const win = doc.defaultView!;
  let current: Element | null = null;
  let frame = 0;
  let asked = 0;
  const later = () => { if (!frame) frame = win.requestAnimationFrame(update); };
  const ask = (text: string) => {
    const seq = ++asked;
    deps.checker.check(text).then(() => { if (seq === asked) later(); }, () => { if (seq === asked) view.hide(); });
  };
  function update(): void {
    frame = 0;
    if (!current?.isConnected || !deps.enabled()) return view.hide();
    try {
      const { text } = readEditor(current);
      const findings = deps.checker.known(text);
      if (!findings) return ask(text);
      asked++;
      const shown = findings.filter(pageComputable);
      view.show(current, shown, countLabel(deps.t, shown.length));
    } catch {
      view.hide();
    }
  }
  const check = () => {
    if (!current?.isConnected || !deps.enabled()) return;
    try {
      const { text } = readEditor(current);
      if (!deps.checker.known(text)) ask(text);
    } catch { /* shown as hidden on the next frame */ }
  };
  return {
    schedule(editor) { current = editor; check(); later(); },
    refresh() { if (current) later(); },
    hide() { current = null; view.hide(); },
  };
}
