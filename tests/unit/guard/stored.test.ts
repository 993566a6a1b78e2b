import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { setGuardOff } from '../../../entrypoints/background/guard-off';
import { STORAGE_KEYS, loadGuardStored } from '../../../utils/guard/stored';
import { type Handlers, dispatch } from '../../../utils/messaging';
import { allTerms, emptyProfile } from '../../../utils/profile';
import { PROFILE_KEY, SETTINGS_KEY, loadSettings, saveProfile, updateSettings } from '../../../utils/settings';

const area = () => fakeBrowser.storage.local;

describe('what the guard reads in a page (zod/mini twin of settings and profile)', () => {
  it('uses the same storage keys as utils/settings.ts', () => {
    expect(STORAGE_KEYS).toEqual({ settings: SETTINGS_KEY, profile: PROFILE_KEY });
  });

  it('reads the terms and site switches exactly as the full schemas do', async () => {
    const profile = emptyProfile();
    profile.terms.children = ['Mila', 'Daan'];
    profile.terms.homeStreet = ['Lindelaan', 'Mila'];
    await saveProfile(area(), profile);
    await updateSettings(area(), { guardOffHosts: ['x.com'], extraHosts: [{ host: 'forum.nl', kind: 'generic' }] });
    const stored = await loadGuardStored(area());
    expect(stored.terms).toEqual(allTerms(profile));
    const full = await loadSettings(area());
    expect(stored.settings).toEqual({ guardOffHosts: full.guardOffHosts, extraHosts: full.extraHosts });
  });

  it('has no terms before a profile exists, and null (hold every post) for a damaged profile', async () => {
    expect(await loadGuardStored(area())).toEqual({ settings: { guardOffHosts: [], extraHosts: [] }, terms: [] });
    await area().set({ profile: { terms: { children: [42] } } });
    expect((await loadGuardStored(area())).terms).toBeNull();
    await area().set({ profile: { terms: { children: ['x'.repeat(201)] } } });
    expect((await loadGuardStored(area())).terms).toBeNull();
  });

  it('falls back to the default switches when settings are damaged', async () => {
    await area().set({ settings: { guardOffHosts: 'x.com' } });
    expect((await loadGuardStored(area())).settings).toEqual({ guardOffHosts: [], extraHosts: [] });
  });
});

describe('"Niet op deze site" message', () => {
  const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
  const handlers = { setGuardOff } as unknown as Handlers;
  const fromTab = (url: string) => ({ id: 'ext-id', url, tab: { id: 3, url } });

  it('switches the guard off for the sending page\'s own host', async () => {
    expect(await dispatch(handlers, { type: 'setGuardOff', host: 'x.com' }, fromTab('https://x.com/home'), self)).toEqual({ off: true });
    expect((await loadSettings(area())).guardOffHosts).toEqual(['x.com']);
  });

  it('refuses another host, and extension pages', async () => {
    await expect(dispatch(handlers, { type: 'setGuardOff', host: 'bsky.app' }, fromTab('https://x.com/home'), self)).rejects.toThrow('eigen site');
    await expect(dispatch(handlers, { type: 'setGuardOff', host: 'x.com' }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, self)).rejects.toThrow(/Afzender/);
    expect((await loadSettings(area())).guardOffHosts).toEqual([]);
  });
});
