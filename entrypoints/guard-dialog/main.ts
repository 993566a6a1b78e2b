import { dialogPortSchemas } from '../../utils/messaging';
import { type OpenDialog, openDialog } from '../../utils/guard/ui/dialog';
import { GUARD_CSS } from '../../utils/guard/ui/style';

/**
 * The guard's dialog, in the extension's own origin (utils/guard/ui/frame-dialog.ts frames it in
 * the page at a fixed size). It takes the one port handed to it with the token in its address,
 * shows what comes through it and sends back the officer's choice.
 */
const token = location.hash.slice(1);
const style = document.createElement('style');
style.textContent = `${GUARD_CSS} html, body { margin: 0; height: 100%; }
  .backdrop { background: none; align-items: stretch; } .dialog { width: 100%; max-height: none; box-shadow: none; border-radius: 0; }`;
document.head.append(style);

// A frame may not take the focus itself: when the guard gives it, the dialog's first button gets it.
addEventListener('focus', () => {
  if (!document.activeElement || document.activeElement === document.body) document.querySelector('button')?.focus();
});

let port: MessagePort | null = null;
let dialog: OpenDialog | null = null;

addEventListener('message', (e: MessageEvent) => {
  if (port || !token || (e.data as { token?: unknown } | null)?.token !== token || !e.ports[0]) return;
  port = e.ports[0];
  port.onmessage = (m: MessageEvent) => {
    const show = dialogPortSchemas.show.safeParse(m.data);
    if (!show.success) return;
    document.title = show.data.spec.title;
    if (dialog) dialog.update(show.data.spec);
    else dialog = openDialog(document.body, show.data.spec, (id) => port?.postMessage({ type: 'action', id }));
    port?.postMessage({ type: 'shown' });
  };
  port.postMessage({ type: 'ready' });
});
