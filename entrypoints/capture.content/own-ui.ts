import { randomTag } from '../../utils/ui-tag';

/** Schildwacht's own elements in the page: hidden while pixels are taken, so no evidence shows them. */
const hosts = new Set<HTMLElement>();
let hiding = 0;

/** This install's element name for our hosts (utils/ui-tag.ts), from the background; random until it answers. */
let tag = randomTag();
export function useHostTag(name: string): void {
  tag = name;
}

/** A host element with a CLOSED shadow root; its inline style shields it from the page's CSS. */
export function createHost(style: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('style', `all: initial !important; ${style}`);
  const root = host.attachShadow({ mode: 'closed' });
  hosts.add(host);
  if (hiding) host.style.setProperty('visibility', 'hidden', 'important');
  return { host, root };
}

export function forgetHost(host: HTMLElement): void {
  hosts.delete(host);
  host.remove();
}

export function hideOwnUi(): void {
  hiding++;
  // The guard's host and the scan marks carry the same name: no evidence shows them either.
  for (const el of document.querySelectorAll<HTMLElement>(tag)) hosts.add(el);
  for (const h of hosts) h.style.setProperty('visibility', 'hidden', 'important');
}

export function showOwnUi(): void {
  hiding = Math.max(0, hiding - 1);
  if (hiding) return;
  for (const h of hosts) {
    if (!h.isConnected) hosts.delete(h);
    else h.style.removeProperty('visibility');
  }
}

export function isOwnUi(el: Element): boolean {
  return el.localName === tag;
}

/** Stops the page from seeing events on our controls (a post that opens on click, keyboard shortcuts). */
export function isolateEvents(el: HTMLElement): void {
  for (const type of ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'keydown', 'keyup', 'dblclick']) {
    el.addEventListener(type, (e) => e.stopPropagation());
  }
}
