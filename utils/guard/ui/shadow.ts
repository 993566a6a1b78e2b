import { GUARD_CSS } from './style';

/** Events that must not reach the page from Schildwacht's own UI (its shortcuts, its focus traps). */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'mousedown', 'pointerdown', 'click', 'input'];

export interface GuardShadow {
  host: HTMLElement;
  /** Where the UI lives: a CLOSED shadow root, so page scripts cannot read what it shows. */
  root: ShadowRoot;
  /** Puts the host back if the page removed it. */
  ensure(): void;
}

export function createShadow(doc: Document): GuardShadow {
  const host = doc.createElement('schildwacht-guard');
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = GUARD_CSS;
  root.append(style);
  for (const type of CONTAINED) host.addEventListener(type, (e) => e.stopPropagation());
  const ensure = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  ensure();
  return { host, root, ensure };
}
