/** A photo hand-over the guard stopped: file picker, drag and drop, or paste. */
export type PhotoAction =
  | { kind: 'input'; input: HTMLInputElement; files: File[] }
  | { kind: 'drop' | 'paste'; target: EventTarget; init: MouseEventInit; files: File[]; strings: [string, string][] };

const strings = (dt: DataTransfer): [string, string][] => dt.types.filter((t) => t !== 'Files').map((t) => [t, dt.getData(t)]);

/**
 * What an event hands to the page, copied while the event is being dispatched (a drop's or
 * paste's DataTransfer is emptied once its handlers have run). Null when it hands over no files.
 */
export function photoAction(e: Event): PhotoAction | null {
  if (e.type === 'input' || e.type === 'change') {
    const input = e.target as HTMLInputElement | null;
    return input?.localName === 'input' && input.type === 'file' ? { kind: 'input', input, files: [...(input.files ?? [])] } : null;
  }
  const dt = e.type === 'drop' ? (e as DragEvent).dataTransfer : (e as ClipboardEvent).clipboardData;
  if (!dt || !e.target || !dt.files.length) return null;
  const m = e as MouseEvent;
  const init = e.type === 'drop' ? { clientX: m.clientX, clientY: m.clientY, screenX: m.screenX, screenY: m.screenY } : {};
  return { kind: e.type as 'drop' | 'paste', target: e.target, init, files: [...dt.files], strings: strings(dt) };
}

/**
 * Hands the files to the page as the original action would have: new input/change events on the
 * file input (with its file list replaced when files were cleaned), or a new drop/paste event.
 * `mark` records each event so the guard lets it pass.
 */
export function deliverPhotos(win: Window & typeof globalThis, a: PhotoAction, files: File[], mark: (e: Event) => void): void {
  const send = (target: EventTarget, ev: Event) => { mark(ev); target.dispatchEvent(ev); };
  const dt = new win.DataTransfer();
  for (const f of files) dt.items.add(f);
  if (a.kind === 'input') {
    if (files.some((f, i) => f !== a.files[i])) a.input.files = dt.files;
    send(a.input, new win.Event('input', { bubbles: true, composed: true }));
    send(a.input, new win.Event('change', { bubbles: true }));
    return;
  }
  for (const [type, data] of a.strings) dt.setData(type, data);
  const opts = { ...a.init, bubbles: true, cancelable: true, composed: true };
  send(a.target, a.kind === 'drop'
    ? new win.DragEvent('drop', { ...opts, dataTransfer: dt })
    : new win.ClipboardEvent('paste', { ...opts, clipboardData: dt }));
}
