import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setByPolicy, usePolicy } from '../../components/policy';
import { t } from '../../components/t';
import { loadSettings, updateSettings } from '../../utils/settings';
import { TsaPins } from './TsaPins';

/**
 * The timestamp authority (RFC 3161) of the officer or the organisation. Only its URL is
 * stored; nothing is sent to it until the officer exports with a timestamp, or switched on
 * timestamps at capture.
 */
export function TsaSetting() {
  const [url, setUrl] = useState('');
  const [atCapture, setAtCapture] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const policy = usePolicy();
  const urlLocked = setByPolicy(policy, 'tsaUrl');
  const captureLocked = setByPolicy(policy, 'stampAtCapture');
  // What the officer typed before the stored value arrived wins, unless the organisation set it.
  useEffect(() => void loadSettings(browser.storage.local).then((s) => {
    setUrl((typed) => (urlLocked ? s.tsaUrl ?? '' : typed || (s.tsaUrl ?? '')));
    setAtCapture(s.stampAtCapture);
  }), [policy]);
  const switchAtCapture = async (on: boolean) => {
    setAtCapture(on);
    await updateSettings(browser.storage.local, { stampAtCapture: on });
  };
  const save = async () => {
    const value = url.trim();
    if (value && !/^https?:\/\/[^\s]+$/i.test(value)) return setMessage({ ok: false, text: t('tsaInvalid') });
    try {
      await updateSettings(browser.storage.local, { tsaUrl: value || null });
      setMessage({ ok: true, text: t('tsaSaved') });
    } catch {
      setMessage({ ok: false, text: t('tsaInvalid') });
    }
  };
  return (
    <>
    <form class="tsa" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{t('tsaTitle')}</h2>
      <p>{t('tsaHint')}</p>
      {(urlLocked || captureLocked) && <p class="locked" data-locked="tsa">🔒 {t('policyLocked')}</p>}
      <fieldset disabled={urlLocked}>
      <label>{t('tsaLabel')}
        <input type="url" name="tsaUrl" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <button type="submit" class="secondary">{t('tsaSave')}</button>
      </fieldset>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="tsa-message">{message.text}</p>}
      <label class="switch"><input type="checkbox" name="stampAtCapture" checked={atCapture} disabled={captureLocked} onChange={(e) => void switchAtCapture(e.currentTarget.checked)} />
        {t('tsaStampAtCapture')}</label>
    </form>
    <TsaPins />
    </>
  );
}
