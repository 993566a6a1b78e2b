import { GUARD_CSS } from './style';

/** Events that must not reach the page from Schildwacht's own UI (its shortcuts, its focus traps). */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'mousedown', 'pointerdown', 'click', 'input'];

export interface GuardShadow {
  host: HTMLElement;
  /** Where the UI lives: a CLOSED shadow root, so page scripts cannot read what it shows. */
  root: ShadowRoot;
  /** Puts the host in the page (first use, or the page removed it). */
  ensure(): void;
}

/**
 * The guard's host element, named `tag` (random per install, utils/ui-tag.ts). It is not in the
 * page until something must be shown: the page cannot tell Schildwacht is there before the officer acts.
 */
export function createShadow(doc: Document, tag = 'sw-guard'): GuardShadow {
  const host = doc.createElement(tag);
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = GUARD_CSS;
  root.append(style);
  for (const type of CONTAINED) host.addEventListener(type, (e) => e.stopPropagation());
  const ensure = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  return { host, root, ensure };
}
