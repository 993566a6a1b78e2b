import { browser } from 'wxt/browser';
import { classifyCaptureError, CaptureError } from '../../utils/evidence/capture-errors';
import type { CaptureResult, CaptureTarget, CaptureTrigger } from '../../utils/evidence/capture-target';
import { type CaptureVia, runCapture } from './capture';
import { showOnToolbar } from './capture-notify';
import { askTab } from './capture-tab';

/**
 * Asks the tab's capture script what to capture. Pages without it (any site that is not a known
 * platform) get it injected first: the context menu, shortcut and popup grant activeTab for that.
 */
async function prepare(tabId: number, trigger: CaptureTrigger): Promise<CaptureTarget> {
  try {
    return await askTab(tabId, { type: 'capturePrepare', trigger });
  } catch (err) {
    if (!/Receiving end does not exist|Could not establish connection/i.test(String(err))) throw err;
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/capture.js'] });
  } catch (err) {
    throw new CaptureError('notCapturable', String(err).slice(0, 300));
  }
  return askTab(tabId, { type: 'capturePrepare', trigger });
}

/** A capture the background starts (context menu, shortcut, popup); the page shows the outcome. */
export async function captureFromBackground(tabId: number, trigger: CaptureTrigger, via: CaptureVia): Promise<CaptureResult> {
  let result: CaptureResult;
  try {
    result = await runCapture(tabId, await prepare(tabId, trigger), via);
  } catch (err) {
    result = { ok: false, ...classifyCaptureError(err) };
  }
  const shown = await askTab(tabId, { type: 'captureFinished', result }).then((r) => r.shown, () => false);
  if (!shown || !result.ok) await showOnToolbar(result);
  return result;
}
