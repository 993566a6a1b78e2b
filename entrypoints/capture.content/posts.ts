import type { PostSpec } from '../../utils/sites/types';
import { attachButton, type PostButton } from './buttons';
import { isOwnUi } from './own-ui';
import { noteReading } from './readings';

/** Adds a button to every post on the page, now and as the page loads more (infinite scroll, re-renders). */
export function watchPosts(spec: PostSpec, onCapture: (post: Element, button: HTMLButtonElement) => void): void {
  const buttons = new WeakMap<Element, PostButton>();
  const resize = new ResizeObserver((entries) => {
    for (const e of entries) buttons.get(e.target)?.place();
  });
  const scan = () => {
    for (const post of Array.from(document.querySelectorAll(spec.post))) {
      const known = buttons.get(post);
      if (known && known.host.parentElement === post) continue;
      known?.host.remove();
      buttons.set(post, attachButton(post, (button) => onCapture(post, button)));
      noteReading(spec, post, 'shown');
      resize.observe(post);
    }
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      scan();
    });
  };
  scan();
  new MutationObserver(schedule).observe(document.body ?? document.documentElement, { childList: true, subtree: true });
}

/** Remembers the post under the last right-click and under the pointer (context menu and shortcut). */
export function trackPointer(spec: PostSpec | null) {
  let context: Element | null = null;
  let hover: Element | null = null;
  const postAt = (target: EventTarget | null): Element | null => {
    if (!spec || !(target instanceof Element)) return null;
    return (target.parentElement && isOwnUi(target) ? target.parentElement : target).closest(spec.post);
  };
  // Only the officer's own pointer counts: page code can fire these events at a post of its choosing.
  // Each new post under the pointer is read then, before the pointer can reach its capture button.
  const read = (post: Element | null) => { if (post && spec) noteReading(spec, post, 'hover'); return post; };
  document.addEventListener('contextmenu', (e) => { if (e.isTrusted) context = read(postAt(e.target)); }, true);
  document.addEventListener('mouseover', (e) => {
    if (!e.isTrusted) return;
    const post = postAt(e.target);
    if (post !== hover) hover = read(post);
  }, { capture: true, passive: true });
  document.addEventListener('mouseleave', (e) => { if (e.isTrusted) hover = null; });
  return {
    contextPost: () => (context?.isConnected ? context : null),
    hoverPost: () => (hover?.isConnected ? hover : null),
  };
}
