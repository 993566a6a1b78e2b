import { isOwnUi } from './own-ui';

/** html2canvas in this world, put there by entrypoints/page-render.ts: the post (or, with null, the viewport) as a PNG data URL. */
export type PageRenderer = (post: Element | null, ignore: (el: Element) => boolean) => Promise<string>;
type RenderWorld = { __schildwachtRender?: PageRenderer };

/**
 * The background's captureRender, only where the browser gives no pixels: html2canvas, injected by
 * the background just before, draws the viewport or the post being captured from the DOM.
 * Schildwacht's own elements are left out, as they are hidden from browser pixels.
 */
export async function renderRegion(region: 'viewport' | 'post', post: Element | null): Promise<{ png: string }> {
  const render = (globalThis as RenderWorld).__schildwachtRender;
  if (!render) throw new Error('html2canvas is not loaded');
  if (region === 'post' && !post) throw new Error('no post is being captured');
  return { png: await render(region === 'post' ? post : null, isOwnUi) };
}
