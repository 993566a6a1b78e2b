import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkText, forgetGuardState, guardCheckWatch, guardConfig } from '../../../entrypoints/background/guard-check';
import { setGuardOff } from '../../../entrypoints/background/guard-off';
import { loadGuardStored } from '../../../utils/guard/stored';
import { type Handlers, dispatch } from '../../../utils/messaging';
import { UI_TAG } from '../../../utils/ui-tag';
import { allTerms, emptyProfile } from '../../../utils/profile';
import { loadSettings, updateSettings } from '../../../utils/settings';
import { saveProfile } from '../../../utils/profile-store';
import { extensionDb } from '../../../utils/db';

const area = () => fakeBrowser.storage.local;
const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const handlers = { setGuardOff, guardConfig, checkText } as unknown as Handlers;
const fromTab = (url: string, tab = 3) => ({ id: 'ext-id', url, tab: { id: tab, url }, frameId: 0 });
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

beforeEach(async () => {
  await extensionDb().personal.clear(); // the background's database outlives fakeBrowser.reset()
  forgetGuardState(); // storage was just reset (tests/unit/setup.ts), and with it the listeners
  guardCheckWatch();
});

async function withProfile(children: string[]) {
  const profile = emptyProfile();
  profile.terms.children = children;
  await saveProfile(extensionDb(), area(), profile);
  return profile;
}

describe('what the background reads for the guard (the one set of schemas)', () => {
  it('reads the terms and site switches', async () => {
    const profile = await withProfile(['Mila', 'Daan']);
    await updateSettings(area(), { guardOffHosts: ['x.com'], extraHosts: [{ host: 'forum.nl', kind: 'generic' }] });
    const stored = await loadGuardStored(extensionDb(), area());
    expect(stored.terms).toEqual(allTerms(profile));
    expect(stored.settings).toEqual(await loadSettings(area()));
  });

  it('has no terms before a profile exists, and null (hold every post) for a damaged profile', async () => {
    expect((await loadGuardStored(extensionDb(), area())).terms).toEqual([]);
    await area().set({ profile: { terms: { children: [42] } } });
    expect((await loadGuardStored(extensionDb(), area())).terms).toBeNull();
  });
});

describe('guardConfig: is the guard on in the sending page', () => {
  it('answers for the SENDER\'s page, which is all the message can carry, with this install\'s element name', async () => {
    const tag = expect.stringMatching(UI_TAG);
    expect(await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://x.com/home'), self)).toEqual({ platform: 'x', active: true, tag, discreet: false });
    expect(await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://example.org/'), self)).toEqual({ platform: null, active: false, tag, discreet: false });
    await expect(dispatch(handlers, { type: 'guardConfig', url: 'https://x.com/' }, fromTab('https://example.org/'), self))
      .resolves.toEqual({ platform: null, active: false, tag, discreet: false });
    await expect(dispatch(handlers, { type: 'guardConfig' }, popup, self)).rejects.toThrow(/Afzender/);
    const again = await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://x.com/home'), self) as { tag: string };
    const first = await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://bsky.app/'), self) as { tag: string };
    expect(again.tag).toBe(first.tag);
  });

  it('follows a change of the settings (cache dropped on storage.onChanged)', async () => {
    expect(await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://x.com/home'), self)).toMatchObject({ active: true });
    await updateSettings(area(), { guardOffHosts: ['x.com'] });
    expect(await dispatch(handlers, { type: 'guardConfig' }, fromTab('https://x.com/home'), self)).toMatchObject({ active: false });
  });
});

describe('checkText: findings computed in the background with the officer\'s terms', () => {
  it('finds the profile terms and the other categories, with offsets into the text sent', async () => {
    await withProfile(['Mila']);
    const answer = await dispatch(handlers, { type: 'checkText', text: 'Mila: bel 06-12345678' }, fromTab('https://x.com/home'), self);
    expect(answer).toEqual({ findings: [
      { start: 0, end: 4, category: 'personal_term', text: 'Mila' },
      { start: 10, end: 21, category: 'phone', text: '06-12345678' },
    ] });
  });

  it('uses new terms as soon as the profile changes', async () => {
    await withProfile(['Mila']);
    const ask = () => dispatch(handlers, { type: 'checkText', text: 'Daantje speelt' }, fromTab('https://x.com/home'), self);
    expect(await ask()).toEqual({ findings: [] });
    await withProfile(['Daantje']);
    expect(await ask()).toEqual({ findings: [{ start: 0, end: 7, category: 'personal_term', text: 'Daantje' }] });
  });

  it('refuses a damaged profile (not-ready), a site the guard is off on, extension pages and an over-long text', async () => {
    const send = (text: string, sender: object = fromTab('https://x.com/home')) => dispatch(handlers, { type: 'checkText', text }, sender, self);
    await area().set({ profile: { terms: { children: [42] } } });
    await expect(send('hoi')).rejects.toThrow('not-ready');
    await withProfile([]);
    await expect(send('hoi', fromTab('https://example.org/'))).rejects.toThrow('staat uit');
    await expect(send('hoi', popup)).rejects.toThrow(/Afzender/);
    await expect(send('a'.repeat(100_001))).rejects.toThrow('Tekst te lang om te controleren');
    expect(await send('a'.repeat(100_000))).toEqual({ findings: [] });
  });

  it('tells the guard in every tab that the profile changed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const got: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (id: number, msg: unknown) => { got.push([id, msg]); }) as typeof fakeBrowser.tabs.sendMessage;
    await withProfile(['Mila']);
    await expect.poll(() => got).toContainEqual([tab.id, { type: 'guardChanged' }]);
  });
});

describe('"Niet op deze site" message', () => {
  it('switches the guard off for the sending page\'s own host', async () => {
    expect(await dispatch(handlers, { type: 'setGuardOff', host: 'x.com' }, fromTab('https://x.com/home'), self)).toEqual({ off: true });
    expect((await loadSettings(area())).guardOffHosts).toEqual(['x.com']);
  });

  it('refuses another host, and extension pages', async () => {
    await expect(dispatch(handlers, { type: 'setGuardOff', host: 'bsky.app' }, fromTab('https://x.com/home'), self)).rejects.toThrow('eigen site');
    await expect(dispatch(handlers, { type: 'setGuardOff', host: 'x.com' }, popup, self)).rejects.toThrow(/Afzender/);
    expect((await loadSettings(area())).guardOffHosts).toEqual([]);
  });
});
