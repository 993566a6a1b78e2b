import type { EditorEngine } from '../../sites/types';
import { isTextControl, readEditor } from '../editor-text';
import { type Edit, applyEdits } from '../mask';
import { replaceRange } from './edit';
import { modelText, sameText } from './probe';
import { nextTask, settled } from './settle';

/**
 * `changed`: the text was not what was checked (edited meanwhile); `refused`: the editor did not
 * take an edit or drew the old text back; `unconfirmed`: what the page shows may not be what it sends.
 */
export type FixOutcome = { ok: true; text: string } | { ok: false; reason: 'changed' | 'refused' | 'unconfirmed' };

/**
 * Engines that keep their own model and only partly follow a DOM edit they did not make: the fix
 * goes through their paste handling or not at all (nothing is changed that cannot be confirmed).
 */
const ownModel = new Set<EditorEngine>(['draft', 'lexical']);

/** The editor's text is `want` now, or once the engine has settled. */
async function becomes(el: Element, want: string): Promise<boolean> {
  await nextTask();
  if (readEditor(el).text === want) return true;
  await settled(el, 1, 300);
  return readEditor(el).text === want;
}

/**
 * Applies edits (last first, as `maskEdits` returns them) one at a time through the editor's own
 * input handling, waiting for the engine after each, then confirms: the engine has settled, the
 * page shows exactly the intended text, and the model (where it can be asked) holds the same.
 */
export async function fixEditor(el: Element, edits: readonly Edit[], engine: EditorEngine): Promise<FixOutcome> {
  let current = readEditor(el).text;
  for (const edit of edits) {
    if (!el.isConnected || readEditor(el).text !== current) return { ok: false, reason: 'changed' };
    const want = applyEdits(current, [edit]);
    if (!(await replaceRange(el, edit, !ownModel.has(engine))) || !(await becomes(el, want))) return { ok: false, reason: 'refused' };
    current = want;
  }
  if (!(await settled(el)) || readEditor(el).text !== current) return { ok: false, reason: 'refused' };
  if (isTextControl(el)) return { ok: true, text: current };
  const model = await modelText(el);
  if (model !== null && !sameText(model, current)) return { ok: false, reason: 'unconfirmed' };
  if (!(await settled(el, 1, 300)) || readEditor(el).text !== current) return { ok: false, reason: 'refused' };
  return { ok: true, text: current };
}
