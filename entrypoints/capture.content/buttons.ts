import { t } from '../../components/t';
import { createHost, isolateEvents } from './own-ui';

const CSS = `
button { position: absolute; top: 0; left: 0; display: inline-flex; align-items: center; gap: 5px; pointer-events: auto;
  font: 600 12px/16px system-ui, sans-serif; padding: 3px 10px 3px 7px; border-radius: 999px; white-space: nowrap;
  border: 1px solid #15428b; background: #fff; color: #15428b; cursor: pointer; opacity: .92;
  box-shadow: 0 1px 3px rgba(0,0,0,.2); }
button:hover, button:focus-visible { background: #15428b; color: #fff; opacity: 1; }
button:focus-visible { outline: 3px solid #ffc828; outline-offset: 2px; }
button[aria-busy="true"] { cursor: progress; opacity: .6; }
svg { width: 14px; height: 14px; flex: none; }`;
const SVG = 'http://www.w3.org/2000/svg';

/** The shield icon, built as DOM (no markup strings go into pages). */
function shield(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6z');
  svg.append(path);
  return svg;
}

/** A style element for a shadow root. */
export function styleOf(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** Room left free at the post's right edge: platforms put their own "more" menu there. */
const RIGHT_GAP = 56;

export interface PostButton { host: HTMLElement; button: HTMLButtonElement; place(): void }

/**
 * A "Bewijs vastleggen" button for one post: a zero-size, absolutely positioned host appended to the
 * post (it takes no room, so the page's layout does not move), the button placed at the post's top right.
 */
export function attachButton(post: Element, onClick: (button: HTMLButtonElement) => void): PostButton {
  const { host, root } = createHost('position: absolute !important; display: block !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483000 !important; pointer-events: none !important;');
  const button = document.createElement('button');
  button.type = 'button';
  const label = document.createElement('span');
  label.textContent = t('captureButton');
  button.append(shield(), label);
  root.append(styleOf(CSS), button);
  isolateEvents(button);
  button.addEventListener('click', (e) => {
    if (e.isTrusted && button.getAttribute('aria-busy') !== 'true') onClick(button);
  });
  post.appendChild(host);
  const place = () => {
    const p = post.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    const dx = Math.max(p.left - h.left + 8, p.right - h.left - RIGHT_GAP - button.offsetWidth);
    button.style.transform = `translate(${Math.round(dx)}px, ${Math.round(p.top - h.top + 6)}px)`;
  };
  place();
  return { host, button, place };
}

export function setBusy(button: HTMLButtonElement, busy: boolean): void {
  button.setAttribute('aria-busy', String(busy));
}
