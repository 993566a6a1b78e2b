import { browser, type Browser } from 'wxt/browser';
import { dialogPortSchemas } from '../../utils/messaging';

type Port = Browser.runtime.Port;
interface Pairing { page: Port; win?: Port; windowId?: number }

/**
 * Onopvallend: a held post's dialog in a window of its own, not in the page. The guard connects
 * ('guard-dialog'), a window with a random token opens, and its page connects back with that
 * token; the dialog goes through here to the window, the officer's choice back to the page.
 */
const pairings = new Map<string, Pairing>();

function fromPage(page: Port): void {
  const token = crypto.randomUUID();
  const pairing: Pairing = { page };
  pairings.set(token, pairing);
  page.onMessage.addListener((raw: unknown) => {
    const show = dialogPortSchemas.show.safeParse(raw);
    if (show.success) pairing.win?.postMessage(show.data);
  });
  page.onDisconnect.addListener(() => {
    pairings.delete(token);
    if (pairing.windowId !== undefined) browser.windows.remove(pairing.windowId).catch(() => undefined);
  });
  const url = browser.runtime.getURL(`/guard-dialog.html#relay=${token}` as '/guard-dialog.html');
  browser.windows.create({ url, type: 'popup', width: 520, height: 480, focused: true })
    .then((w) => { pairing.windowId = w?.id; if (!pairings.has(token) && w?.id !== undefined) void browser.windows.remove(w.id); })
    .catch(() => page.postMessage({ type: 'closed' }));
}

function fromWindow(token: string, win: Port): void {
  const pairing = pairings.get(token);
  if (!pairing || pairing.win) return win.disconnect();
  pairing.win = win;
  win.onMessage.addListener((raw: unknown) => {
    const action = dialogPortSchemas.action.safeParse(raw);
    if (action.success) pairing.page.postMessage(action.data);
  });
  // Closed by the officer: the page treats it as "Aanpassen" (nothing is sent).
  win.onDisconnect.addListener(() => { if (pairings.has(token)) pairing.page.postMessage({ type: 'closed' }); });
  pairing.page.postMessage({ type: 'ready' });
}

/** The dialog page of this extension (Chrome gives a web-accessible page a per-session address, but its sender URL keeps the extension's own). */
function isDialogPage(url: string | undefined): boolean {
  const u = url ? new URL(url) : null;
  return !!u && u.href.startsWith(browser.runtime.getURL('/')) && u.pathname === '/guard-dialog.html';
}

export function dialogRelay(): void {
  browser.runtime.onConnect.addListener((port: Port) => {
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id) return port.disconnect();
    const fromExtension = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (port.name === 'guard-dialog' && sender.tab?.id !== undefined && !fromExtension) return fromPage(port);
    const token = /^guard-dialog-window:([0-9a-f-]{36})$/.exec(port.name)?.[1];
    if (token && isDialogPage(sender.url)) return fromWindow(token, port);
    port.disconnect();
  });
}
