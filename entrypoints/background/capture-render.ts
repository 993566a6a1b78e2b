import { browser } from 'wxt/browser';
import type { CaptureTarget } from '../../utils/evidence/capture-target';
import type { PixelsFrom } from '../../utils/evidence/model';
import { renderedPngBytes } from '../../utils/evidence/rendered';
import { grabViewport } from './capture-browser';
import { askTab } from './capture-tab';
import { stitchTallPost } from './capture-tall';

export const PAGE_RENDER_SCRIPT = '/page-render.js';

/** Browser pixels wherever the browser has them; Firefox for Android has no tabs.captureVisibleTab. */
export function pixelSource(): PixelsFrom {
  return typeof browser.tabs.captureVisibleTab === 'function' ? 'browser' : 'html2canvas';
}

/**
 * The viewport or the whole post, drawn from the page's DOM by html2canvas in the capture script's
 * world (it alone knows which element is the post). Pixels that exist only in the page must cross
 * to the background once: as the answer to this request of the background's own, to the tab's top
 * frame, one PNG data URL the protocol caps in size (utils/evidence/rendered.ts). The content script
 * never sends pixels unasked; the background checks it is a PNG and hashes it on arrival.
 */
async function renderInTab(tabId: number, region: 'viewport' | 'post'): Promise<Uint8Array> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_RENDER_SCRIPT] });
  const { png } = await askTab(tabId, { type: 'captureRender', region });
  return renderedPngBytes(png);
}

/** The viewport as PNG: the browser's own pixels, else html2canvas's reconstruction. */
export function viewportPixels(from: PixelsFrom, tabId: number, windowId: number): Promise<Uint8Array> {
  return from === 'browser' ? grabViewport(windowId) : renderInTab(tabId, 'viewport');
}

/** post.png of a post taller than the viewport: stitched from browser viewports, or drawn whole by html2canvas. */
export function tallPostPixels(from: PixelsFrom, tabId: number, windowId: number, first: Uint8Array, target: CaptureTarget): Promise<Uint8Array> {
  return from === 'browser' ? stitchTallPost(tabId, windowId, first, target) : renderInTab(tabId, 'post');
}
