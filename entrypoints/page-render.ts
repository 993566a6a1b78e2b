import html2canvas from 'html2canvas';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PageRenderer } from './capture.content/render';

/**
 * The whole post, or the visible viewport, drawn from the DOM at the device's pixel ratio. A
 * reconstruction, not screen pixels: cross-origin images stay empty (no request is made for them).
 */
const render: PageRenderer = async (post, ignore) => {
  const options = { scale: devicePixelRatio, logging: false, useCORS: false, allowTaint: false, ignoreElements: ignore };
  const canvas = post
    ? await html2canvas(post as HTMLElement, options)
    : await html2canvas(document.documentElement, {
      ...options, x: scrollX, y: scrollY, width: innerWidth, height: innerHeight, windowWidth: innerWidth, windowHeight: innerHeight,
    });
  return canvas.toDataURL('image/png');
};

/**
 * html2canvas, injected by the background into the capture script's world only where the browser
 * gives no pixels (entrypoints/background/capture-render.ts), so the script every social page
 * loads stays small.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __schildwachtRender?: PageRenderer }).__schildwachtRender = render;
});
