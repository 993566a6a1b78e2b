import { type Translate } from './labels';
import { type Assessed, assessFiles, cleanFiles, isImage, photoDialog } from './photo-assess';
import type { DialogSlot } from './ui/slot';

export interface PhotoGuardDeps {
  enabled(): boolean;
  t: Translate;
  slot: DialogSlot;
}

/** A photo hand-over the guard stopped: file picker, drag and drop, or paste. */
type Action =
  | { kind: 'input'; input: HTMLInputElement; files: File[] }
  | { kind: 'drop' | 'paste'; target: EventTarget; init: MouseEventInit; files: File[]; strings: [string, string][] };

/**
 * Photo uploads: the selection/drop/paste is stopped before the page sees it, the photos' EXIF is
 * read, and only photos that give nothing away go through untouched. Otherwise the officer chooses.
 */
export function installPhotoGuard(doc: Document, deps: PhotoGuardDeps): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  const ours = new WeakSet<Event>();
  const redispatch = (target: EventTarget, ev: Event) => { ours.add(ev); target.dispatchEvent(ev); };

  function deliver(a: Action, files: File[]): void {
    const dt = new win.DataTransfer();
    for (const f of files) dt.items.add(f);
    if (a.kind === 'input') {
      if (files.some((f, i) => f !== a.files[i])) a.input.files = dt.files;
      redispatch(a.input, new win.Event('input', { bubbles: true, composed: true }));
      redispatch(a.input, new win.Event('change', { bubbles: true }));
      return;
    }
    for (const [type, data] of a.strings) dt.setData(type, data);
    const opts = { ...a.init, bubbles: true, cancelable: true, composed: true };
    redispatch(a.target, a.kind === 'drop'
      ? new win.DragEvent('drop', { ...opts, dataTransfer: dt })
      : new win.ClipboardEvent('paste', { ...opts, clipboardData: dt }));
  }

  function ask(a: Action, assessed: Assessed[]): void {
    const dialog = deps.slot.open(photoDialog(deps.t, assessed, true), (id) => {
      if (id === 'cancel') {
        if (a.kind === 'input') a.input.value = '';
        return dialog.close();
      }
      if (id === 'send') { dialog.close(); return deliver(a, a.files); }
      try {
        const cleaned = cleanFiles(win, a.files, assessed);
        dialog.close();
        deliver(a, cleaned);
      } catch (err) {
        dialog.update(photoDialog(deps.t, assessed, false, deps.t('guardPhotoStripFailed', err instanceof Error ? err.message : String(err))));
      }
    });
  }

  function intercept(e: Event, a: Action | null): void {
    if (!a || ours.has(e) || !deps.enabled() || !a.files.some(isImage)) return;
    if (e.type !== 'change') e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'input') return; // the change event that follows carries the check
    void assessFiles(a.files).then((assessed) =>
      assessed.some((x) => x.risk || x.unchecked) ? ask(a, assessed) : deliver(a, a.files));
  }
  const pointer = (e: MouseEvent): MouseEventInit => ({ clientX: e.clientX, clientY: e.clientY, screenX: e.screenX, screenY: e.screenY });
  const strings = (dt: DataTransfer): [string, string][] => dt.types.filter((t) => t !== 'Files').map((t) => [t, dt.getData(t)]);
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    intercept(e, input?.localName === 'input' && input.type === 'file' ? { kind: 'input', input, files: [...(input.files ?? [])] } : null);
  };
  const onDrop = (e: Event) => {
    const dt = (e as DragEvent).dataTransfer;
    intercept(e, dt && e.target ? { kind: 'drop', target: e.target, init: pointer(e as DragEvent), files: [...dt.files], strings: strings(dt) } : null);
  };
  const onPaste = (e: Event) => {
    const dt = (e as ClipboardEvent).clipboardData;
    intercept(e, dt && e.target ? { kind: 'paste', target: e.target, init: {}, files: [...dt.files], strings: strings(dt) } : null);
  };
  const listeners: [string, (e: Event) => void][] = [['input', onFile], ['change', onFile], ['drop', onDrop], ['paste', onPaste]];
  for (const [type, fn] of listeners) doc.addEventListener(type, fn, true);
  return () => { for (const [type, fn] of listeners) doc.removeEventListener(type, fn, true); };
}
