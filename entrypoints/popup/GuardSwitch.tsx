import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { addExtraHost, guardSwitch, normaliseHost } from '../../utils/guard/hosts';
import { type Settings, loadSettings, updateSettings } from '../../utils/settings';
import { siteStatusFor } from '../../utils/site-status';
import { GUARD_SCRIPT } from '../background/guard-scripts';
import { targetTab } from './Popup';

interface Site { tabId: number; url: URL; host: string; settings: Settings }

async function currentSite(): Promise<Site | null> {
  const tab = await targetTab();
  if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) return null;
  const url = new URL(tab.url);
  const host = normaliseHost(url.hostname);
  return host ? { tabId: tab.id, url, host, settings: await loadSettings(browser.storage.local) } : null;
}

/** The guard's switch for the site in the current tab; on other sites, a way to switch it on. */
export function GuardSwitch() {
  const [site, setSite] = useState<Site | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => currentSite().then(setSite, (err: unknown) => setError(t('popupGuardFailed', String(err))));
  useEffect(() => void reload(), []);
  if (!site) return error ? <p role="alert">{error}</p> : null;
  const status = siteStatusFor(site.url, site.settings);
  const toggle = (on: boolean) =>
    updateSettings(browser.storage.local, guardSwitch(site.settings, site.host, on)).then(reload, (err: unknown) => setError(t('popupGuardFailed', String(err))));
  const enable = (kind: 'generic' | 'mastodon') => {
    // The permission request must be the first thing in the click handler (user gesture).
    void browser.permissions.request({ origins: [`*://${site.host}/*`] }).then(async (granted) => {
      if (!granted) return setError(t('popupGuardDenied'));
      await updateSettings(browser.storage.local, addExtraHost(site.settings, site.host, kind));
      await browser.scripting.executeScript({ target: { tabId: site.tabId }, files: [GUARD_SCRIPT] });
      await reload();
    }).catch((err: unknown) => setError(t('popupGuardFailed', String(err))));
  };
  return (
    <div class="guard-switch" data-testid="guard-switch">
      {status.platform ? (
        <>
          <label>
            <input type="checkbox" checked={status.guardActive} disabled={site.settings.guardForced} onChange={(e) => void toggle(e.currentTarget.checked)} />{' '}
            {t('popupGuardSwitch')}
          </label>
          {site.settings.guardForced && <p class="locked" data-locked="guardForced">🔒 {t('popupGuardForced')}</p>}
        </>
      ) : (
        <p>
          <button type="button" class="secondary" onClick={() => enable('generic')}>{t('popupGuardEnableGeneric')}</button>{' '}
          <button type="button" class="secondary" onClick={() => enable('mastodon')}>{t('popupGuardEnableMastodon')}</button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
