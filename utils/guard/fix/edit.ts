import { type TextControl, isTextControl, readEditor } from '../editor-text';
import type { Edit } from '../mask';
import { selectAndWait } from './settle';

type View = Window & typeof globalThis;

/**
 * A paste of plain text, as the engines receive one from the officer: 'taken' when a handler took it.
 * 'unusable' where the browser gives a script-made paste no data (Firefox: its clipboardData reads
 * empty, whatever it was made with), so an engine would take it and insert nothing.
 */
function pasteText(el: Element, text: string): 'taken' | 'ignored' | 'unusable' {
  const view = el.ownerDocument.defaultView as View | null;
  if (!view?.DataTransfer || !view.ClipboardEvent) return 'unusable';
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (paste.clipboardData?.getData('text/plain') !== text) return 'unusable';
  return el.dispatchEvent(paste) ? 'ignored' : 'taken';
}

function insertText(doc: Document, text: string): boolean {
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

/**
 * A textarea or input: the browser's own insertText keeps the edit on the undo stack and fires the
 * input event that frameworks (React) listen to; the native value setter where that is refused.
 */
function replaceInControl(el: TextControl, edit: Edit): void {
  el.focus({ preventScroll: true });
  el.setSelectionRange(edit.start, edit.end);
  if (insertText(el.ownerDocument, edit.replacement)) return;
  const view = el.ownerDocument.defaultView as View | null;
  const proto = el.localName === 'textarea' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const value = el.value.slice(0, edit.start) + edit.replacement + el.value.slice(edit.end);
  if (setter) setter.call(el, value);
  else el.value = value;
  const InputEv = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEv('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.replacement }));
}

/**
 * Replaces one range of an editor. A rich editor: select it, let the engine see the selection, then
 * hand it a paste of the replacement. Where no handler takes the paste and `native` allows it, or
 * where the browser cannot make a paste with data (Firefox), the browser's own insertText (the engine
 * follows it; the caller confirms with the engine's model). False when the range cannot be found or
 * nothing did the edit.
 */
export async function replaceRange(el: Element, edit: Edit, native: boolean): Promise<boolean> {
  if (isTextControl(el)) {
    replaceInControl(el, edit);
    return true;
  }
  const range = readEditor(el).range(edit.start, edit.end);
  if (!range) return false;
  (el as HTMLElement).focus({ preventScroll: true });
  await selectAndWait(range);
  const paste = pasteText(el, edit.replacement);
  if (paste === 'taken') return true;
  return (native || paste === 'unusable') && insertText(el.ownerDocument, edit.replacement);
}
