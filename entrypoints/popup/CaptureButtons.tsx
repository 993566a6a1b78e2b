import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { CaptureResult } from '../../utils/evidence/capture-target';
import { send } from '../../utils/messaging';
import { targetTab } from './Popup';

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Opens the locker beside the page: Chrome's side panel, or Firefox's sidebar (both need this click). */
async function openSidePanel(): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  const windowId = (await browser.windows.getCurrent()).id;
  if (apis.sidePanel && windowId !== undefined) await apis.sidePanel.open({ windowId });
  window.close();
}

/** "Bewijs vastleggen" for the whole current page, and the ways into the evidence locker. */
export function CaptureButtons() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CaptureResult | null>(null);
  const hasPanel = Boolean((browser as unknown as PanelApis).sidePanel ?? (browser as unknown as PanelApis).sidebarAction);
  const capture = async () => {
    setBusy(true);
    try {
      const id = (await targetTab())?.id;
      setResult(id === undefined ? { ok: false, reason: 'tabClosed', detail: '' } : await send(browser.runtime, { type: 'captureTab', tabId: id }));
    } catch (err) {
      setResult({ ok: false, reason: 'failed', detail: String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="capture-buttons">
      <button type="button" onClick={() => void capture()} disabled={busy} aria-busy={busy}>{t('captureButton')}</button>
      <button type="button" class="secondary" onClick={() => void send(browser.runtime, { type: 'openLocker', itemId: null })}>{t('popupOpenLocker')}</button>
      {hasPanel && <button type="button" class="secondary" onClick={() => void openSidePanel()}>{t('popupOpenSidePanel')}</button>}
      {result?.ok && <p role="status">{t('captureDone')}</p>}
      {result && !result.ok && <p role="alert">{t('captureFailed', t(`captureFail_${result.reason}`, result.detail))}</p>}
    </div>
  );
}
