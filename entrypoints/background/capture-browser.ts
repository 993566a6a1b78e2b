import { browser } from 'wxt/browser';
import { CaptureError } from '../../utils/evidence/capture-errors';
import { dataUrlBytes } from './capture-pixels';

/** The tab as the browser reports it; it must still be open, shown, and an ordinary web page. */
export async function shownTab(tabId: number): Promise<{ windowId: number; url: string; title: string }> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new CaptureError('tabHidden', `tab ${tabId} is not the visible tab of its window`);
  if (!tab.url || !/^(https?|file):/.test(tab.url)) throw new CaptureError('notCapturable', `not a web page: ${tab.url ?? '?'}`);
  return { windowId: tab.windowId, url: tab.url, title: tab.title ?? '' };
}

// Chrome allows two captureVisibleTab calls a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND).
const MIN_GAP_MS = 510;
let lastGrab = 0;

/** The visible viewport of the window's active tab, as PNG bytes straight from the browser. */
export async function grabViewport(windowId: number): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    const wait = lastGrab + MIN_GAP_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastGrab = Date.now();
    try {
      return dataUrlBytes(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
    } catch (err) {
      if (attempt >= 2 || !/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(err))) throw err;
    }
  }
}

type PageCapture = { saveAsMHTML(d: { tabId: number }): Promise<Blob> };

/**
 * The page as MHTML. Chrome hands the archive over as a blob backed by a temporary file that it
 * sometimes removes before the blob is read (NotFoundError); the archive is then simply made again.
 */
async function mhtml(pageCapture: PageCapture, tabId: number): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    const blob = await pageCapture.saveAsMHTML({ tabId });
    try {
      return new Uint8Array(await blob.arrayBuffer());
    } catch (err) {
      if (attempt >= 3 || (err as { name?: string }).name !== 'NotFoundError') throw err;
    }
  }
}

/** The page archive: MHTML from pageCapture (Chrome); Firefox has none, so the DOM as serialised HTML. */
export async function pageArchive(tabId: number): Promise<{ name: string; type: string; bytes: Uint8Array }> {
  const pageCapture = (browser as unknown as { pageCapture?: PageCapture }).pageCapture;
  if (pageCapture) return { name: 'page.mhtml', type: 'multipart/related', bytes: await mhtml(pageCapture, tabId) };
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => `<!doctype html>\n${document.documentElement.outerHTML}`,
  });
  if (typeof result?.result !== 'string') throw new CaptureError('notCapturable', 'the page could not be serialised');
  return { name: 'page.html', type: 'text/html', bytes: new TextEncoder().encode(result.result) };
}
