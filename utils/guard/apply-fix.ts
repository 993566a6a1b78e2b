import { type TextControl, isTextControl, readEditor } from './editor-text';
import { type Edit, applyEdits } from './mask';

/**
 * Sets a textarea's value the way a typing user would: through the native setter (so frameworks
 * that shadow `value`, like React, notice the change) followed by an input event.
 */
function setControlValue(el: TextControl, value: string): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto = el.localName === 'textarea' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  const InputEv = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEv('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
}

/**
 * Replaces one range of a rich editor through the browser's editing pipeline: select it, then
 * `insertText` (Draft.js, Lexical, ProseMirror and Quill all accept this as user input). Where
 * execCommand is refused, a cancelable `beforeinput` lets editors that handle it do the edit.
 */
function replaceRange(el: Element, edit: Edit): void {
  const doc = el.ownerDocument;
  const range = readEditor(el).range(edit.start, edit.end);
  const selection = doc.getSelection();
  if (!range || !selection) return;
  (el as HTMLElement).focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, edit.replacement)) return;
  const InputEv = doc.defaultView?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEv('beforeinput', {
    bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: edit.replacement,
    targetRanges: typeof StaticRange === 'function' ? [new StaticRange(range)] : [],
  }));
}

/** Applies edits (last first, as `maskEdits` returns them) to an editor. */
export function applyEditsToEditor(el: Element, edits: readonly Edit[]): void {
  if (isTextControl(el)) {
    setControlValue(el, applyEdits(el.value, edits));
    return;
  }
  for (const edit of edits) replaceRange(el, edit);
}
