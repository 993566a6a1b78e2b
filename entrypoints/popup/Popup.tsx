import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { type Response, send } from '../../utils/messaging';
import { CaptureButtons } from './CaptureButtons';
import { GuardSwitch } from './GuardSwitch';
import { ScanButton } from './ScanButton';

type Status = Response<'getSiteStatus'>;

/**
 * The tab the popup is about: the active tab, or the one named by `?tab=` when the
 * popup page is opened outside the toolbar (in its own tab or window, as the browser tests do).
 */
export async function targetTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Without host access or activeTab the tab's URL is hidden: Schildwacht is then not active there. */
const inactive: Status = { platform: null, guardActive: false, captureActive: false };

export function Popup() {
  const [status, setStatus] = useState<Status | null | 'none'>(null);
  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      if (!tab) return setStatus('none');
      if (!tab.url) return setStatus(inactive);
      if (!/^https?:/.test(tab.url)) return setStatus('none');
      setStatus(await send(browser.runtime, { type: 'getSiteStatus', url: tab.url }));
    })();
  }, []);
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {status === 'none' && <p>{t('popupNoPage')}</p>}
      {status && status !== 'none' && (
        <ul class="status" data-testid="site-status">
          <li data-active={status.guardActive}>{t(status.guardActive ? 'popupGuardActive' : 'popupGuardInactive')}</li>
          <li data-active={status.captureActive}>{t(status.captureActive ? 'popupCaptureActive' : 'popupCaptureInactive')}</li>
        </ul>
      )}
      <CaptureButtons />
      <GuardSwitch />
      <ScanButton />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupOpenOptions')}</button>
    </main>
  );
}
