import type { ComposerSpec } from '../sites/types';
import { isSendControl, parentDeep } from './composer';

/** A send action the guard stopped, kept so it can be done once more when the officer says so. */
export type Pending =
  | { kind: 'click'; control: Element; editors: Element[] }
  | { kind: 'key'; editor: Element; init: KeyboardEventInit; editors: Element[] }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null; editors: Element[] };

/** The send control of an editor's composer, if the page re-rendered the one that was clicked. */
function findControl(editor: Element, spec: ComposerSpec): Element | null {
  for (let el = parentDeep(editor); el; el = parentDeep(el)) {
    const found = [...el.querySelectorAll(spec.send)].find((c) => isSendControl(c, spec));
    if (found) return found;
  }
  return null;
}

export function keyInit(e: KeyboardEvent): KeyboardEventInit {
  const { key, code, keyCode, which, ctrlKey, metaKey, shiftKey, altKey } = e;
  return { key, code, keyCode, which, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
}

/** Does the stopped action again, so the page's own handlers receive it. */
export function replay(p: Pending, spec: ComposerSpec): void {
  if (p.kind === 'click') {
    const control = p.control.isConnected ? p.control : p.editors[0] && findControl(p.editors[0], spec);
    (control as HTMLElement | null)?.click();
  } else if (p.kind === 'key') {
    const view = p.editor.ownerDocument.defaultView;
    const KeyEv = view?.KeyboardEvent ?? KeyboardEvent;
    const down = new KeyEv('keydown', p.init);
    if (p.editor.dispatchEvent(down)) p.editor.dispatchEvent(new KeyEv('keypress', p.init));
    p.editor.dispatchEvent(new KeyEv('keyup', p.init));
  } else {
    const submitter = p.submitter?.isConnected && p.form.contains(p.submitter) ? p.submitter : null;
    p.form.requestSubmit(submitter);
  }
}
