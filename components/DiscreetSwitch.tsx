import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, updateSettings } from '../utils/settings';
import { t } from './t';

/** "Onopvallend": no UI of Schildwacht in web pages (README, threat model). */
export function DiscreetSwitch() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => void loadSettings(browser.storage.local).then((s) => setOn(s.discreet)), []);
  if (on === null) return null;
  const change = async (next: boolean) => {
    await updateSettings(browser.storage.local, { discreet: next });
    setOn(next);
  };
  return (
    <section class="discreet" aria-labelledby="discreet-title">
      <h2 id="discreet-title">{t('discreetTitle')}</h2>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={(e) => void change(e.currentTarget.checked)} />
        {t('discreetSwitch')}
      </label>
      <p>{t('discreetHint')}</p>
    </section>
  );
}
