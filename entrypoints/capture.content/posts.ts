import type { PostSpec } from '../../utils/sites/types';
import { attachButton, type PostButton } from './buttons';
import { isOwnUi } from './own-ui';
import { noteReading } from './readings';

/**
 * The capture button of a post, added when the officer points at the post or tabs into it (and
 * again after the page re-rendered it): a page sees nothing of Schildwacht before the officer acts.
 */
export function postButtons(spec: PostSpec, onCapture: (post: Element, button: HTMLButtonElement) => void): (post: Element) => void {
  const buttons = new WeakMap<Element, PostButton>();
  const resize = new ResizeObserver((entries) => {
    for (const e of entries) buttons.get(e.target)?.place();
  });
  return (post) => {
    const known = buttons.get(post);
    if (known && known.host.parentElement === post) return;
    known?.host.remove();
    buttons.set(post, attachButton(post, (button) => onCapture(post, button)));
    noteReading(spec, post, 'shown');
    resize.observe(post);
  };
}

/**
 * Remembers the post under the last right-click and under the pointer (context menu and shortcut),
 * and offers a post its capture button when the officer points at it or moves the focus into it.
 */
export function trackPointer(spec: PostSpec | null, offer: ((post: Element) => void) | null) {
  let context: Element | null = null;
  let hover: Element | null = null;
  const postAt = (target: EventTarget | null): Element | null => {
    if (!spec || !(target instanceof Element)) return null;
    return (target.parentElement && isOwnUi(target) ? target.parentElement : target).closest(spec.post);
  };
  // Only the officer's own pointer counts: page code can fire these events at a post of its choosing.
  // Each new post under the pointer is read then, before the pointer can reach its capture button.
  const read = (post: Element | null) => {
    if (post && spec) { offer?.(post); noteReading(spec, post, 'hover'); }
    return post;
  };
  document.addEventListener('contextmenu', (e) => { if (e.isTrusted) context = read(postAt(e.target)); }, true);
  document.addEventListener('mouseover', (e) => {
    if (!e.isTrusted) return;
    const post = postAt(e.target);
    if (post !== hover) hover = read(post);
  }, { capture: true, passive: true });
  document.addEventListener('mouseleave', (e) => { if (e.isTrusted) hover = null; });
  document.addEventListener('focusin', (e) => { const post = e.isTrusted ? postAt(e.target) : null; if (post) offer?.(post); }, true);
  return {
    contextPost: () => (context?.isConnected ? context : null),
    hoverPost: () => (hover?.isConnected ? hover : null),
  };
}
