import type { CaptureTarget, Rect } from '../../utils/evidence/capture-target';
import { cropBox, pngSize } from '../../utils/evidence/geometry';
import { grabViewport } from './capture-browser';
import { askTab } from './capture-tab';

const MAX_SLICES = 30;

async function decode(png: Uint8Array): Promise<ImageBitmap> {
  return createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
}

/**
 * post.png of a post taller than the viewport, from browser pixels only: the page is scrolled on a
 * band at a time (the rows no sticky header covers) and each viewport capture adds its slice of the
 * post at the slice's own offset in the post. Stops at the post's end, or where the page ends.
 */
export async function stitchTallPost(tabId: number, windowId: number, first: Uint8Array, target: CaptureTarget): Promise<Uint8Array> {
  const post = target.post!;
  const scale = pngSize(first).width / target.viewport.width;
  const out = new OffscreenCanvas(Math.round(post.rect.width * scale), Math.round(post.rect.height * scale));
  const ctx = out.getContext('2d')!;
  let slice: { png: Uint8Array; rect: Rect; band: { top: number; bottom: number } } = { png: first, rect: post.rect, band: post.band! };
  let done = 0;
  for (let i = 0; i < MAX_SLICES; i++) {
    const { rect, band } = slice;
    const from = Math.max(rect.y, band.top);
    const to = Math.min(rect.y + rect.height, band.bottom);
    const image = await decode(slice.png);
    const box = cropBox({ x: rect.x, y: from, width: rect.width, height: to - from }, scale, image.width, image.height);
    if (box) ctx.drawImage(image, box.x, box.y, box.width, box.height, 0, Math.round((from - rect.y) * scale), box.width, box.height);
    image.close();
    const reached = to - rect.y;
    if (reached >= rect.height - 0.5 || (i > 0 && reached <= done + 0.5)) break;
    done = reached;
    const next = await askTab(tabId, { type: 'captureScroll', by: band.bottom - band.top });
    slice = { png: await grabViewport(windowId), rect: next.rect, band: next.band };
  }
  const blob = await out.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
