import type { Band, Rect } from '../../utils/evidence/capture-target';
import { fullyVisible, unionRect } from '../../utils/evidence/geometry';
import { isOwnUi } from './own-ui';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await frame();
}

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/** The post's own box: without the replies nested inside it (threaded comments), full width. */
export function ownRect(post: Element, postSelector: string): Rect {
  const whole = rectOf(post);
  if (!post.querySelector(postSelector)) return whole;
  const own = Array.from(post.children).filter((c) => !isOwnUi(c) && !c.matches(postSelector) && !c.querySelector(postSelector));
  const parts = unionRect(own.map(rectOf));
  if (!parts) return whole;
  return { x: whole.x, y: whole.y, width: whole.width, height: parts.y + parts.height - whole.y };
}

/** Whether something of the page (a sticky header, a banner) lies over a corner of the box. */
function covered(post: Element, r: Rect): boolean {
  const inset = 3;
  const corners: [number, number][] = [
    [r.x + inset, r.y + inset], [r.x + r.width - inset, r.y + inset],
    [r.x + inset, r.y + r.height - inset], [r.x + r.width - inset, r.y + r.height - inset],
  ];
  return corners.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && !post.contains(hit) && !hit.contains(post);
  });
}

async function imagesReady(post: Element, ms: number): Promise<void> {
  const pending = Array.from(post.querySelectorAll('img')).filter((img) => !img.complete).map((img) => img.decode().catch(() => undefined));
  if (pending.length) await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, ms))]);
}

/**
 * The viewport rows where the post itself shows, between sticky headers and footers: scanned down
 * from the top and up from the bottom, on the post's middle column, until a point hits the post.
 */
export function clearBand(post: Element): Band {
  const r = post.getBoundingClientRect();
  const x = Math.min(innerWidth - 1, Math.max(0, r.left + r.width / 2));
  const mine = (y: number) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (post.contains(hit) || hit.contains(post));
  };
  let top = Math.max(0, Math.ceil(r.top));
  while (top < innerHeight / 2 && !mine(top + 1)) top += 2;
  let bottom = Math.min(innerHeight, Math.floor(r.bottom));
  while (bottom > innerHeight / 2 && !mine(bottom - 2)) bottom -= 2;
  return { top, bottom };
}

/**
 * Scrolls the post fully into view (centred, clear of sticky headers) unless it already is. A post
 * taller than the viewport is put with its top just below any sticky header, to be captured in slices.
 */
export async function bringIntoView(post: Element, postSelector: string): Promise<Band | undefined> {
  const viewport = { width: innerWidth, height: innerHeight };
  const r = ownRect(post, postSelector);
  const tall = r.height > viewport.height;
  if (tall) {
    post.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
    const band = clearBand(post);
    window.scrollBy({ top: post.getBoundingClientRect().top - band.top, behavior: 'instant' });
  } else if (!fullyVisible(r, viewport) || covered(post, r)) {
    post.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  }
  await imagesReady(post, 1_000);
  return tall ? clearBand(post) : undefined;
}

/** Scrolls on by `by` CSS pixels for the next slice of a tall post, and measures it again. */
export async function nextSlice(post: Element, postSelector: string, by: number): Promise<{ rect: Rect; band: Band }> {
  window.scrollBy({ top: by, behavior: 'instant' });
  await frames(2);
  await imagesReady(post, 1_000);
  return { rect: ownRect(post, postSelector), band: clearBand(post) };
}
