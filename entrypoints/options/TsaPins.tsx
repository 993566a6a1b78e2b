import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setByPolicy, usePolicy } from '../../components/policy';
import { t } from '../../components/t';
import { type TrustPin, makePin } from '../../utils/bundle/timestamp/pins';
import { loadSettings, updateSettings } from '../../utils/settings';

/**
 * The TSA certificates the organisation trusts (pins). A pin is stored only when the pasted
 * certificate has exactly the SHA-256 fingerprint the TSA publishes, so a wrong paste cannot
 * quietly make a forger's TSA green.
 */
export function TsaPins() {
  const [pins, setPins] = useState<TrustPin[]>([]);
  const [pem, setPem] = useState('');
  const [print, setPrint] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const policy = usePolicy();
  const locked = setByPolicy(policy, 'tsaPins');
  useEffect(() => void loadSettings(browser.storage.local).then((s) => setPins(s.tsaPins)), [policy]);
  const add = async () => {
    const pin = await makePin(pem, print);
    if (typeof pin === 'string') return setMessage({ ok: false, text: pin });
    const current = (await loadSettings(browser.storage.local)).tsaPins.filter((p) => p.sha256 !== pin.sha256);
    const next = await updateSettings(browser.storage.local, { tsaPins: [...current, pin] });
    setPins(next.tsaPins);
    setPem('');
    setPrint('');
    setMessage({ ok: true, text: t('tsaPinAdded', pin.label) });
  };
  const remove = async (sha256: string) => {
    const current = (await loadSettings(browser.storage.local)).tsaPins;
    setPins((await updateSettings(browser.storage.local, { tsaPins: current.filter((p) => p.sha256 !== sha256) })).tsaPins);
  };
  return (
    <form class="tsa-pins" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <h3>{t('tsaPinsTitle')}</h3>
      <p>{t('tsaPinsHint')}</p>
      {locked && <p class="locked" data-locked="tsaPins">🔒 {t('policyLocked')}</p>}
      <fieldset disabled={locked}>
      {pins.length === 0 ? <p class="hint">{t('tsaPinNone')}</p> : (
        <ul data-testid="tsa-pins">
          {pins.map((p) => (
            <li key={p.sha256}><span class="mono">{t('tsaPinListed', p.label, p.sha256)}</span>{' '}
              <button type="button" class="secondary" onClick={() => void remove(p.sha256)}>{t('tsaPinRemove')}</button></li>
          ))}
        </ul>
      )}
      <label>{t('tsaPinPem')}<textarea name="tsaPinPem" value={pem} spellcheck={false} onInput={(e) => setPem(e.currentTarget.value)} /></label>
      <label>{t('tsaPinFingerprint')}<input name="tsaPinFingerprint" value={print} spellcheck={false} onInput={(e) => setPrint(e.currentTarget.value)} /></label>
      <button type="submit" class="secondary">{t('tsaPinAdd')}</button>
      </fieldset>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="tsa-pin-message">{message.text}</p>}
    </form>
  );
}
