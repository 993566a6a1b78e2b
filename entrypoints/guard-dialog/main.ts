import { browser } from 'wxt/browser';
import { dialogPortSchemas } from '../../utils/messaging';
import { type OpenDialog, openDialog } from '../../utils/guard/ui/dialog';
import { GUARD_CSS } from '../../utils/guard/ui/style';

/**
 * The guard's dialog, in the extension's own origin: framed in the page at a fixed size
 * (utils/guard/ui/frame-dialog.ts), taking the one port handed to it with the token in its address;
 * or, Onopvallend, in a window of its own that the background pairs with the page
 * (entrypoints/background/dialog-relay.ts). It shows what comes in and sends back the officer's choice.
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

/** Either end: the frame's MessagePort, or (Onopvallend, a window of its own) a port to the background. */
interface Channel { post(msg: unknown): void }
let channel: Channel | null = null;
let dialog: OpenDialog | null = null;

function received(data: unknown): void {
  const show = dialogPortSchemas.show.safeParse(data);
  if (!show.success) return;
  document.title = show.data.spec.title;
  if (dialog) dialog.update(show.data.spec);
  else dialog = openDialog(document.body, show.data.spec, (id) => channel?.post({ type: 'action', id }));
  channel?.post({ type: 'shown' });
}

const relay = /^relay=([0-9a-f-]{36})$/.exec(token)?.[1];
if (relay) {
  const port = browser.runtime.connect({ name: `guard-dialog-window:${relay}` });
  channel = { post: (msg) => port.postMessage(msg) };
  port.onMessage.addListener(received);
  port.onDisconnect.addListener(() => window.close());
} else {
  addEventListener('message', (e: MessageEvent) => {
    if (channel || !token || (e.data as { token?: unknown } | null)?.token !== token || !e.ports[0]) return;
    const port = e.ports[0];
    channel = { post: (msg) => port.postMessage(msg) };
    port.onmessage = (m: MessageEvent) => received(m.data);
    port.postMessage({ type: 'ready' });
  });
}
