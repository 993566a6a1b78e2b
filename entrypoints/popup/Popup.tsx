import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { type Response, send } from '../../utils/messaging';

type Status = Response<'getSiteStatus'>;

async function currentTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

export function Popup() {
  const [status, setStatus] = useState<Status | null | 'none'>(null);
  useEffect(() => {
    void (async () => {
      const url = await currentTabUrl();
      if (!url || !/^https?:/.test(url)) return setStatus('none');
      setStatus(await send(browser.runtime, { type: 'getSiteStatus', url }));
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
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupOpenOptions')}</button>
    </main>
  );
}
