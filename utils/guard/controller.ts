import type { ComposerSpec } from '../sites/types';
import { checkEditors, knownResult } from './check';
import type { Checker } from './checker';
import { editorIn, editorsForControl, editorsIn, eventPath, sendControlIn } from './composer';
import { readEditor } from './editor-text';
import { holdPost } from './hold';
import { isSendKey } from './keys';
import type { Translate } from './labels';
import { createLive } from './live';
import { type Pending, keyInit, replay } from './replay';
import { createLiveView } from './ui/live-view';
import type { GuardShadow } from './ui/shadow';
import type { DialogSlot } from './ui/slot';

export interface GuardDeps {
  spec: ComposerSpec;
  /** Checks composer texts (in the background, with the officer's terms). */
  checker: Checker;
  /** Whether the guard is on for this site right now. */
  enabled(): boolean;
  t: Translate;
  shadow: GuardShadow;
  slot: DialogSlot;
  turnOffHere(): Promise<void>;
  /** Whether UI may go into the page (false: Onopvallend); always, where not given. */
  pageUi?(): boolean;
  /** Whether an event is the officer's own doing (see byUser); replaceable in unit tests, whose events are synthetic. */
  isUserEvent?(e: Event): boolean;
}

export interface Guard {
  uninstall(): void;
  /** The answers were forgotten (profile or settings changed): check the composer in view again. */
  recheck(): void;
}

const stop = (e: Event) => { e.preventDefault(); e.stopImmediatePropagation(); };

/** Whether the officer is acting right now (a click or a key press in the last moments); true where the browser cannot say. */
function userActive(doc: Document): boolean {
  return doc.defaultView?.navigator.userActivation?.isActive ?? true;
}

/**
 * Only the officer's own actions count. Events page code made up (isTrusted false) are ignored,
 * and so is a submit no user gesture led to (requestSubmit() from page code fires a trusted one):
 * otherwise a page could use the guard's verdict on a text it chose as an oracle.
 */
export function byUser(e: Event): boolean {
  if (!e.isTrusted) return false;
  const doc = (e.target as Node | null)?.ownerDocument;
  return e.type !== 'submit' || !doc || userActive(doc);
}

/**
 * The composer guard on one document. Listeners sit at document level in the capture phase, so
 * they run before the page's own handlers and keep working when the page re-renders its composer.
 */
export function installGuard(doc: Document, deps: GuardDeps): Guard {
  const { spec } = deps;
  const approved = new WeakMap<Element, string>();
  const live = createLive(doc, createLiveView(deps.shadow.root), deps);
  const hold = { ...deps, approved, closed: (ed: Element) => live.schedule(ed) };

  let waiting = false;
  // The host goes into the page on the officer's own gesture in a composer, not when page code focuses or fills one.
  const showFor = () => { if ((deps.pageUi?.() ?? true) && userActive(doc)) deps.shadow.ensure(); };

  /**
   * A post whose texts were all answered is decided at once (clean: the event goes on untouched).
   * Otherwise the send is stopped, checked, and then done again or held; a failed check holds.
   */
  function judge(e: Event, editors: Element[], pending: () => Pending): void {
    if (!editors.length || !deps.enabled()) return;
    if (deps.slot.isOpen() || waiting) return stop(e);
    if (editors.every((ed) => approved.has(ed) && approved.get(ed) === readEditor(ed).text)) return;
    const known = knownResult(editors, deps.checker);
    if (known?.ok && known.count === 0) return;
    stop(e);
    const p = pending();
    if (known) return holdPost(hold, p, known);
    waiting = true;
    void checkEditors(editors, deps.checker).then((result) => {
      waiting = false;
      if (!result.ok || result.count > 0) return holdPost(hold, p, result);
      for (const item of result.items) approved.set(item.editor, item.text);
      replay(p, spec);
    });
  }
  const path = (e: Event) => {
    const p = eventPath(e);
    return p.includes(deps.shadow.host) ? [] : p;
  };
  const listeners: [string, (e: Event) => void][] = [
    ['click', (e) => {
      const control = sendControlIn(path(e), spec);
      if (control) { const editors = editorsForControl(control, spec); judge(e, editors, () => ({ kind: 'click', control, editors })); }
    }],
    ['keydown', (e) => {
      const k = e as KeyboardEvent;
      const editor = editorIn(path(e), spec);
      if (!editor || !isSendKey(k, editor, spec)) return;
      const editors = editorsForControl(editor, spec);
      judge(e, editors, () => ({ kind: 'key', editor, init: keyInit(k), editors }));
    }],
    ['submit', (e) => {
      const form = e.target as HTMLFormElement;
      const editors = editorsIn(form, spec);
      judge(e, editors, () => ({ kind: 'submit', form, submitter: (e as SubmitEvent).submitter, editors }));
    }],
    ['input', (e) => { const ed = editorIn(path(e), spec); if (ed) { approved.delete(ed); showFor(); live.schedule(ed); } }],
    ['focusin', (e) => { const ed = editorIn(path(e), spec); if (ed) { showFor(); live.schedule(ed); } }],
    ['scroll', () => live.refresh()],
  ];
  const win = doc.defaultView!;
  const isUser = deps.isUserEvent ?? byUser;
  const guarded = listeners.map(([type, fn]) => [type, (e: Event) => { if (isUser(e)) fn(e); }] as const);
  const resized = (e: Event) => { if (isUser(e)) live.refresh(); };
  for (const [type, fn] of guarded) doc.addEventListener(type, fn, true);
  win.addEventListener('resize', resized);
  return {
    uninstall() {
      for (const [type, fn] of guarded) doc.removeEventListener(type, fn, true);
      win.removeEventListener('resize', resized);
      live.hide();
    },
    recheck: () => live.refresh(),
  };
}
