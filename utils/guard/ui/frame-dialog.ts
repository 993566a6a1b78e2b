import { type DialogSpec, type OpenDialog, chosenAction } from './dialog';
import type { GuardShadow } from './shadow';

/**
 * Opens a guard dialog as an extension page (`url`, entrypoints/guard-dialog/) in an iframe of
 * FIXED size: the page can tell that a dialog is open, never what it lists (the officer's terms),
 * not even through its size. A MessageChannel port carries the dialog in and the officer's choice
 * out; it is handed only to the frame that shows the random token in its address, which the page
 * cannot read, and only to the extension's origin (a page can navigate a child frame elsewhere).
 * `origin` is the frame document's origin: in Chrome a per-session `url` still loads a document of
 * the extension's own origin.
 */
export function frameDialogOpener(url: string, origin: string) {
  return (shadow: GuardShadow, spec: DialogSpec, onAction: (id: string) => void): OpenDialog => {
    shadow.ensure();
    const container = shadow.root;
    const doc = container.ownerDocument;
    const token = crypto.randomUUID();
    const backdrop = doc.createElement('div');
    backdrop.className = 'backdrop';
    const frame = doc.createElement('iframe');
    frame.className = 'dialog-frame';
    frame.src = `${url}#${token}`;
    const channel = new MessageChannel();
    let current = spec;
    let ready = false;
    const show = () => { if (ready) channel.port1.postMessage({ type: 'show', spec: current }); };
    channel.port1.onmessage = (e: MessageEvent) => {
      const type = (e.data as { type?: unknown } | null)?.type;
      const chosen = chosenAction(e.data, current);
      if (type === 'ready') { ready = true; show(); }
      else if (type === 'shown') frame.focus();
      else if (chosen) onAction(chosen);
    };
    frame.addEventListener('load', () => frame.contentWindow?.postMessage({ token }, origin, [channel.port2]), { once: true });
    backdrop.append(frame);
    container.append(backdrop);
    return {
      close() { backdrop.remove(); channel.port1.close(); },
      update(next) { current = next; show(); },
    };
  };
}
