import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { CaptureResult } from '../../utils/evidence/capture-target';
import { send } from '../../utils/messaging';
import { styleOf } from './buttons';
import { createHost, isolateEvents } from './own-ui';

const CSS = `
.box { font: 14px/20px system-ui, sans-serif; color: #13233f; background: #fff; border-radius: 8px; max-width: 360px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 14px; border-left: 6px solid #1a7f37; }
.box.failed { border-left-color: #a40e26; }
.box:empty { display: none; }
p { margin: 0 0 8px; }
.row { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #15428b; background: #15428b; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #15428b; }
button:focus-visible { outline: 3px solid #ffc828; outline-offset: 2px; }
iframe { display: block; width: 330px; height: 180px; border: 1px solid #c8d0dc; border-radius: 4px; margin: 0 0 8px; }`;

let ui: { status: HTMLElement; alert: HTMLElement; timer?: number } | undefined;

function panel() {
  if (ui?.status.isConnected) return ui;
  const { host, root } = createHost('position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483647 !important; display: block !important;');
  const status = document.createElement('div');
  status.className = 'box';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const alert = document.createElement('div');
  alert.className = 'box failed';
  alert.setAttribute('role', 'alert');
  root.append(styleOf(CSS), status, alert);
  document.documentElement.appendChild(host);
  ui = { status, alert };
  isolateEvents(ui.status);
  isolateEvents(ui.alert);
  return ui;
}

function button(label: string, secondary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (secondary) b.className = 'secondary';
  b.addEventListener('click', onClick);
  return b;
}

/**
 * What the locker now holds (post.png), in an extension page of fixed size: the officer sees what
 * was kept, also when the page changed the post meanwhile; the page sees only a frame.
 */
function storedPicture(itemId: string): HTMLElement {
  const label = document.createElement('p');
  label.textContent = t('captureShownLabel');
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/capture-shown.html')}#${itemId}`;
  frame.title = t('captureShownPost');
  const box = document.createElement('div');
  box.append(label, frame);
  return box;
}

/** Tells the officer how the capture went: role="status" when safely stored, role="alert" when not. */
export function showOutcome(result: CaptureResult): void {
  const p = panel();
  window.clearTimeout(p.timer);
  p.status.replaceChildren();
  p.alert.replaceChildren();
  const close = () => { p.status.replaceChildren(); p.alert.replaceChildren(); };
  const text = document.createElement('p');
  const row = document.createElement('div');
  row.className = 'row';
  if (result.ok) {
    text.textContent = t(result.pageChanged ? 'captureDoneChanged' : 'captureDone');
    row.append(button(t('captureOpenLocker'), false, () => void send(browser.runtime, { type: 'openLocker', itemId: result.itemId })));
  } else {
    text.textContent = t('captureFailed', t(`captureFail_${result.reason}`, result.detail));
  }
  row.append(button(t('captureDismiss'), true, close));
  (result.ok ? p.status : p.alert).append(text, row);
  if (result.ok) text.after(storedPicture(result.itemId));
  if (result.ok) p.timer = window.setTimeout(close, 12_000);
}
