import type { ComposerSpec } from '../sites/types';
import { type CheckResult, checkEditors } from './check';
import type { Checker } from './checker';
import { isTextControl, readEditor } from './editor-text';
import { fixEditor } from './fix/index';
import type { MessageKey } from '../i18n';
import { type Translate, categoryKey } from './labels';
import { maskEdits } from './mask';
import { type Pending, replay } from './replay';
import type { DialogSpec, OpenDialog } from './ui/dialog';
import type { DialogSlot } from './ui/slot';

export interface HoldDeps {
  spec: ComposerSpec;
  checker: Checker;
  t: Translate;
  slot: DialogSlot;
  /** Texts the officer chose to send anyway: the replayed action passes the guard. */
  approved: WeakMap<Element, string>;
  turnOffHere(): Promise<void>;
  /** After the dialog closes (to refresh the live view). */
  closed(editor: Element): void;
}

/** Reason codes of a failed check (utils/guard/checker.ts, the background's checkText) in plain words. */
const reasonKey: Record<string, MessageKey | undefined> = {
  'not-ready': 'guardFailedNotReady',
  'too-long': 'guardFailedTooLong',
  timeout: 'guardFailedTimeout',
};

/** The fix did not take: only editing by hand (or sending as it is) is left. */
function notFixedSpec(t: Translate, result: CheckResult): DialogSpec {
  const spec = dialogSpec(t, result, t('guardFixDidNotTake'));
  const edit = { id: 'edit', label: t('guardEdit'), kind: 'primary' as const };
  return { ...spec, actions: [edit, ...spec.actions.filter((a) => a.id !== 'edit' && a.id !== 'fix')] };
}

function dialogSpec(t: Translate, result: CheckResult, note?: string): DialogSpec {
  const edit = { id: 'edit', label: t('guardEdit') };
  const send = { id: 'send', label: t('guardSendAnyway') };
  const off = { id: 'off', label: t('guardOffHere'), kind: 'quiet' as const };
  if (!result.ok) {
    const reason = reasonKey[result.reason] ? t(reasonKey[result.reason]!) : result.reason;
    return { title: t('guardFailedTitle'), intro: t('guardFailedIntro', reason), items: [], note, actions: [edit, send, off], cancel: 'edit' };
  }
  const items = result.items.flatMap((i) => i.findings.map((f) => ({ label: t(categoryKey[f.category]), text: f.text })));
  const fix = { id: 'fix', label: t('guardFix'), kind: 'primary' as const };
  return { title: t('guardHeldTitle'), intro: t('guardHeldIntro'), items, note, actions: [edit, fix, send, off], cancel: 'edit' };
}

function focusEditor(editor: Element): void {
  (editor as HTMLElement).focus({ preventScroll: false });
  if (isTextControl(editor)) return;
  const selection = editor.ownerDocument.getSelection();
  if (selection && !editor.contains(selection.anchorNode)) {
    selection.selectAllChildren(editor);
    selection.collapseToEnd();
  }
}

/** Holds a post: opens the dialog and carries out the officer's choice. */
export function holdPost(deps: HoldDeps, pending: Pending, first: CheckResult): void {
  let result = first;
  let dialog: OpenDialog | null = null;
  const editor = pending.kind === 'key' ? pending.editor : pending.editors[0]!;
  const finish = () => { dialog?.close(); focusEditor(editor); deps.closed(editor); };
  const actions: Record<string, () => void | Promise<void>> = {
    edit: finish,
    send() {
      for (const ed of pending.editors) deps.approved.set(ed, readEditor(ed).text);
      dialog?.close();
      replay(pending, deps.spec);
      deps.closed(editor);
    },
    async fix() {
      if (!result.ok) return;
      for (const item of result.items) {
        if (!item.findings.length) continue;
        const outcome = await fixEditor(item.editor, maskEdits(item.findings), deps.spec.engine);
        if (!outcome.ok) return dialog?.update(notFixedSpec(deps.t, result));
      }
      const again = await checkEditors(pending.editors, deps.checker);
      if (again.ok && again.count === 0) return finish();
      result = again;
      dialog?.update(dialogSpec(deps.t, again, deps.t('guardFixIncomplete')));
    },
    off() {
      deps.turnOffHere().then(finish, (err: unknown) =>
        dialog?.update(dialogSpec(deps.t, result, deps.t('guardOffFailed', err instanceof Error ? err.message : String(err)))));
    },
  };
  // While a fix runs, the editor is being changed: nothing else may act on it (a send would go out half done).
  let busy = false;
  dialog = deps.slot.open(dialogSpec(deps.t, result), (id) => {
    if (busy || !actions[id]) return;
    busy = true;
    void Promise.resolve(actions[id]()).finally(() => { busy = false; });
  });
}
