import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { CaptureResult } from '../../utils/evidence/capture-target';
import { send } from '../../utils/messaging';
import { targetTab } from './Popup';

/** "Bewijs vastleggen" for the whole current page, and the way into the evidence locker. */
export function CaptureButtons() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CaptureResult | null>(null);
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
      {result?.ok && <p role="status">{t('captureDone')}</p>}
      {result && !result.ok && <p role="alert">{t('captureFailed', t(`captureFail_${result.reason}`, result.detail))}</p>}
    </div>
  );
}
