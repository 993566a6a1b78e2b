import type { Reading } from '../../utils/evidence/page-change';
import type { PostSpec } from '../../utils/sites/types';

/**
 * The text of each post as read BEFORE the officer's pointer reached its capture button: when the
 * officer hovered or right-clicked it (trusted events only), else when its button was shown. The
 * page sees the pointerdown on the button before the extension does, so that is the reading a
 * swap cannot reach (utils/evidence/page-change.ts).
 */
const earlier = new WeakMap<Element, Reading>();

export function noteReading(spec: PostSpec, post: Element, at: 'shown' | 'hover'): void {
  if (at === 'shown' && earlier.get(post)?.at === 'hover') return;
  try {
    earlier.set(post, { at, text: spec.extract(post, location.href).text });
  } catch {
    earlier.delete(post);
  }
}

export const readingBefore = (post: Element): Reading | null => earlier.get(post) ?? null;
