import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../../utils/settings';
import { siteStatusFor } from '../../utils/site-status';

describe('settings in storage.local', () => {
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
