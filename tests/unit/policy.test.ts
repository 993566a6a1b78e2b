import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_KEY, parsePolicy } from '../../utils/policy';
import { loadPolicy, loadSettings, updateSettings } from '../../utils/settings';
import { siteStatusFor } from '../../utils/site-status';

const pin = { label: 'TSA van de politie', pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', sha256: 'a'.repeat(64) };
const area = () => fakeBrowser.storage.local;

describe('the organisation\'s policy (storage.managed)', () => {
  it('takes every well-typed field', () => {
    const raw = { tsaUrl: 'https://tsa.politie.example/tsr', tsaPins: [pin], stampAtCapture: true, trainerModeAvailable: false, guardForced: true,
      extraHosts: [{ host: 'Forum.Politie.example', kind: 'generic' }], dsaNoticeEmail: 'meldingen@politie.example', defaultExportMode: 'volledig' };
    const policy = parsePolicy(raw);
    expect(policy.ignored).toEqual([]);
    expect(policy.values).toEqual({ ...raw, extraHosts: [{ host: 'forum.politie.example', kind: 'generic' }] });
  });

  it('ignores a wrongly typed value, and an unknown key, by name, and keeps the rest', () => {
    const policy = parsePolicy({ stampAtCapture: 'ja', tsaUrl: 'javascript:alert(1)', guardForced: true, colour: 'blauw', tsaPins: [{ pem: 1 }] });
    expect(policy.values).toEqual({ guardForced: true });
    expect(policy.ignored.sort()).toEqual(['colour', 'stampAtCapture', 'tsaPins', 'tsaUrl']);
  });

  it('is empty when there is none (Firefox rejects storage.managed.get; Chromium answers {})', () => {
    expect(parsePolicy(undefined)).toEqual({ values: {}, ignored: [] });
    expect(parsePolicy({})).toEqual({ values: {}, ignored: [] });
    expect(parsePolicy('x').ignored).toHaveLength(1);
  });

  it('wins over the officer\'s own settings, and the officer cannot change it away', async () => {
    await updateSettings(area(), { tsaUrl: 'https://eigen.example/tsa', stampAtCapture: false, trainerMode: true, guardOffHosts: ['x.com'] });
    await area().set({ [POLICY_KEY]: parsePolicy({ tsaUrl: 'https://tsa.politie.example/tsr', stampAtCapture: true, trainerModeAvailable: false, guardForced: true }) });
    const s = await loadSettings(area());
    expect(s).toMatchObject({ tsaUrl: 'https://tsa.politie.example/tsr', stampAtCapture: true, trainerMode: false, guardOffHosts: [] });
    expect(siteStatusFor(new URL('https://x.com/home'), s).guardActive).toBe(true);
    const after = await updateSettings(area(), { stampAtCapture: false, tsaUrl: null });
    expect(after).toMatchObject({ tsaUrl: 'https://tsa.politie.example/tsr', stampAtCapture: true });
  });

  it('adds its hosts to the officer\'s own, for the guard and capture', async () => {
    await updateSettings(area(), { extraHosts: [{ host: 'mastodon.nl', kind: 'mastodon' }] });
    await area().set({ [POLICY_KEY]: parsePolicy({ extraHosts: [{ host: 'forum.politie.example', kind: 'generic' }] }) });
    const s = await loadSettings(area());
    expect(s.extraHosts.map((h) => h.host)).toEqual(['forum.politie.example', 'mastodon.nl']);
    expect(siteStatusFor(new URL('https://forum.politie.example/t/1'), s).guardActive).toBe(true);
  });

  it('once removed, gives control back: the officer\'s own values count again', async () => {
    await updateSettings(area(), { stampAtCapture: false });
    await area().set({ [POLICY_KEY]: parsePolicy({ stampAtCapture: true }) });
    expect((await loadSettings(area())).stampAtCapture).toBe(true);
    await area().set({ [POLICY_KEY]: parsePolicy(undefined) });
    expect((await loadSettings(area())).stampAtCapture).toBe(false);
    expect(await loadPolicy(area())).toEqual({ values: {}, ignored: [] });
  });

  it('a damaged mirror counts as no policy', async () => {
    await area().set({ [POLICY_KEY]: { values: 'x' } });
    expect(await loadPolicy(area())).toEqual({ values: {}, ignored: [] });
  });
});
