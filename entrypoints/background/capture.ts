import { browser } from 'wxt/browser';
import { CaptureError, classifyCaptureError } from '../../utils/evidence/capture-errors';
import type { CaptureResult, CaptureTarget } from '../../utils/evidence/capture-target';
import { pickServerDate } from '../../utils/evidence/clock';
import { buildMetadata, metadataBytes, searchText } from '../../utils/evidence/metadata-build';
import { identityRects } from '../../utils/evidence/identity';
import { storeCapture } from '../../utils/evidence/store';
import { loadProfile } from '../../utils/profile-store';
import { extensionDb } from '../../utils/db';
import { sha256Hex } from '../../utils/hash';
import { shownOf } from '../../utils/evidence/shown';
import { browserVersion } from './browser-info';
import { keepForConfirmation } from './capture-notify';
import { buildArtefacts, fileEntries, storedFile } from './capture-artefacts';
import { pageArchive, shownTab } from './capture-browser';
import { pixelSource, tallPostPixels, viewportPixels } from './capture-render';
import { stampAfterCapture } from './capture-stamp';
import { askTab } from './capture-tab';
import { serverDateRecord } from './server-date';

/** How the officer started a capture, for the custody log. */
export type CaptureVia = 'button' | 'contextmenu' | 'shortcut' | 'popup' | 'online-check';

/**
 * THE capture pipeline, whatever started it: viewport pixels (from the browser; where it has none,
 * an html2canvas reconstruction from the page) and page archive from the browser,
 * the post cut from those pixels, every file hashed, metadata.json built, then everything stored
 * in one transaction. Never throws: a failure is a result with its reason, and nothing is stored.
 */
export async function runCapture(tabId: number, target: CaptureTarget, via: CaptureVia): Promise<CaptureResult> {
  try {
    const { id, pageChanged } = await capture(tabId, target, via);
    void stampAfterCapture(id); // a network round trip: the capture is confirmed without waiting for it
    return { ok: true, itemId: id, ...(pageChanged ? { pageChanged } : {}) };
  } catch (err) {
    const failure = classifyCaptureError(err);
    // A tab closed half-way makes the browser APIs fail with all kinds of messages: ask the browser.
    const gone = failure.reason !== 'storageFull' && !(await browser.tabs.get(tabId).then(() => true, () => false));
    return { ok: false, ...failure, ...(gone ? { reason: 'tabClosed' as const } : {}) };
  }
}

async function capture(tabId: number, target: CaptureTarget, via: CaptureVia): Promise<{ id: string; pageChanged: boolean }> {
  const tab = await shownTab(tabId);
  const capturedAt = new Date();
  const pixelsFrom = pixelSource();
  const [png, archive] = await Promise.all([viewportPixels(pixelsFrom, tabId, tab.windowId), pageArchive(tabId)]);
  const after = await shownTab(tabId);
  if (after.url !== tab.url) throw new CaptureError('pageChanged', `${tab.url} became ${after.url}`);
  const tall = target.post?.band ? await tallPostPixels(pixelsFrom, tabId, tab.windowId, png, target) : undefined;
  // The post once more, now the pixels are in: a page that swapped it for the capture is caught.
  const reread = target.post ? (await askTab(tabId, { type: 'captureReread' }).catch(() => null))?.text ?? null : null;
  const files = await buildArtefacts(png, archive, target, tall);
  const id = crypto.randomUUID();
  const metadata = buildMetadata(target, {
    id, tabUrl: tab.url, tabTitle: tab.title, capturedAt,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    serverDate: pickServerDate(await serverDateRecord(tabId), target),
    userAgent: navigator.userAgent,
    browserVersion: await browserVersion(),
    extensionVersion: browser.runtime.getManifest().version,
    files: fileEntries(files),
    pixelsFrom,
    reread,
  });
  const json = metadataBytes(metadata);
  const all = [...files, { name: 'metadata.json', type: 'application/json', bytes: json, sha256: await sha256Hex(json as Uint8Array<ArrayBuffer>) }];
  const redact = target.identity ? identityRects(target.identity, await loadProfile(extensionDb(), browser.storage.local), target.post?.rect ?? null, target.devicePixelRatio) : [];
  const item = { id, capturedAt: metadata.capturedAt, platform: metadata.platform, caseId: null, search: searchText(metadata), metadata, redact };
  const changed = (metadata.pageChanged ? '; pagina veranderde tijdens vastleggen' : '')
    + (pixelsFrom === 'html2canvas' ? '; beeld nagebouwd met html2canvas (geen schermpixels)' : '');
  // No URL here: metadata.json has it, and the log goes into every bundle (a URL can hold the officer's own handle).
  const detail = `vastgelegd via ${via}; metadata.json sha256 ${all.at(-1)!.sha256}${changed}`;
  await storeCapture(extensionDb(), item, all.map((f) => storedFile(id, f)), detail, capturedAt);
  await keepForConfirmation(shownOf(id, all));
  return { id, pageChanged: !!metadata.pageChanged };
}
