import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile } from '../../utils/profile';
import { loadProfile, loadSettings, saveProfile, updateSettings } from '../../utils/settings';
import { siteStatusFor } from '../../utils/site-status';

describe('profile and settings in storage.local', () => {
  it('saves the profile in storage.local only', async () => {
    const p = emptyProfile();
    p.terms.ownNames = ['Jan de Vries'];
    await saveProfile(fakeBrowser.storage.local, p);
    expect(await loadProfile(fakeBrowser.storage.local)).toEqual(p);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('falls back to an empty profile when storage holds something invalid', async () => {
    await fakeBrowser.storage.local.set({ profile: { terms: 'broken' } });
    expect(await loadProfile(fakeBrowser.storage.local)).toEqual(emptyProfile());
  });

  it('refuses to save an invalid profile and keeps the old one', async () => {
    const p = emptyProfile();
    p.terms.ownNames = ['Eva'];
    await saveProfile(fakeBrowser.storage.local, p);
    await expect(saveProfile(fakeBrowser.storage.local, { ...p, personnelNumber: 'a b' })).rejects.toThrow();
    expect((await loadProfile(fakeBrowser.storage.local)).terms.ownNames).toEqual(['Eva']);
  });

  it('merges settings changes over defaults', async () => {
    expect((await loadSettings(fakeBrowser.storage.local)).trainerMode).toBe(false);
    await updateSettings(fakeBrowser.storage.local, { guardOffHosts: ['x.com'] });
    const s = await updateSettings(fakeBrowser.storage.local, { trainerMode: true });
    expect(s).toMatchObject({ guardOffHosts: ['x.com'], trainerMode: true, tsaUrl: null });
  });
});

describe('site status', () => {
  const defaults = { guardOffHosts: [], extraHosts: [], trainerMode: false, tsaUrl: null };
  it('knows the built-in platforms, also on subdomains', () => {
    expect(siteStatusFor(new URL('https://x.com/home'), defaults)).toEqual({ platform: 'x', guardActive: true, captureActive: true });
    expect(siteStatusFor(new URL('https://www.facebook.com/'), defaults).platform).toBe('facebook');
  });
  it('honours a guard switched off for a host', () => {
    expect(siteStatusFor(new URL('https://x.com/'), { ...defaults, guardOffHosts: ['x.com'] }).guardActive).toBe(false);
  });
  it('treats added Mastodon instances and generic sites as the officer chose', () => {
    const s = { ...defaults, extraHosts: [{ host: 'social.example.nl', kind: 'mastodon' as const }, { host: 'forum.example.nl', kind: 'generic' as const }] };
    expect(siteStatusFor(new URL('https://social.example.nl/@a'), s)).toEqual({ platform: 'mastodon', guardActive: true, captureActive: true });
    expect(siteStatusFor(new URL('https://forum.example.nl/t/1'), s)).toEqual({ platform: 'generic', guardActive: true, captureActive: false });
    expect(siteStatusFor(new URL('https://example.org/'), s).guardActive).toBe(false);
  });
  it('is inactive on non-web pages', () => {
    expect(siteStatusFor(new URL('chrome://extensions'), defaults).platform).toBeNull();
  });
});
