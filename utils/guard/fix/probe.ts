import { readEditor } from '../editor-text';
import { selectAndWait } from './settle';

type View = Window & typeof globalThis;

/**
 * What the editor's MODEL holds, asked the way the officer's Ctrl+C would: select all of it and
 * hand the page a copy event. Lexical, ProseMirror and Quill answer from their model; null where
 * no handler filled in the text (Draft.js lets the browser copy the DOM; a plain contenteditable).
 */
export async function modelText(el: Element): Promise<string | null> {
  const doc = el.ownerDocument;
  const view = doc.defaultView as View | null;
  const { text, range } = readEditor(el);
  const all = range(0, text.length);
  if (!view?.DataTransfer || !view.ClipboardEvent || !all) return null;
  await selectAndWait(all);
  const data = new view.DataTransfer();
  const copy = new view.ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(copy);
  doc.getSelection()?.collapseToEnd();
  return copy.defaultPrevented ? data.getData('text/plain') : null;
}

/** Engines differ in how they join paragraphs ("\n" or "\n\n") and in a final newline (Quill). */
export const sameText = (a: string, b: string) => {
  const norm = (s: string) => s.replace(/\r/g, '').replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').trim();
  return norm(a) === norm(b);
};
