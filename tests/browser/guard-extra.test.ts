import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axClick } from './guard-ax';
import { contentWorld, guardState, untilGuardOn } from './content-world';
import { dialog, sent, terms } from './guard-setup';
import { type Session, launch, openPopupFor, serve } from './harness';
import { setProfile } from './profile-helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/sites/${name}-composer.html`, 'utf8');

let session: Session;
beforeAll(async () => {
  session = await launch();
  await setProfile(session, { terms });
  await serve(session.context, 'https://forum.buurt.example/**', fixture('generic'));
  await serve(session.context, 'https://mastodon.nl/**', fixture('mastodon'));
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

const settings = async () => (await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'))).settings;

describe('sites the officer switches on in the popup', () => {
  it('a forum (generic adapter): asks host access, guards the open tab at once and after a reload', async () => {
    const site = await session.context.newPage();
    const world = await contentWorld(site);
    await site.goto('https://forum.buurt.example/t/42');
    expect(await guardState(world)).toBeNull();
    const popup = await openPopupFor(session, site);
    await popup.getByRole('button', { name: 'Waarschuwen op deze site inschakelen' }).click();
    await expect.poll(async () => (await settings())?.extraHosts).toEqual([{ host: 'forum.buurt.example', kind: 'generic' }]);
    await expect.poll(() => popup.getByLabel('Waarschuwen bij plaatsen op deze site').isChecked()).toBe(true);
    await site.bringToFront();
    await untilGuardOn(world);
    await site.fill('#message', 'Onze Mila zit op De Regenboog');
    await site.click('#reply button');
    await expect.poll(async () => (await dialog(site))?.text ?? '').toContain('Uit je eigen profiel: Mila');
    await axClick(site, 'Aanpassen');
    expect(await sent(site)).toEqual([]);

    await site.reload();
    await untilGuardOn(world);
    await site.click('.chat [contenteditable]');
    await site.keyboard.type('bel me: 06 12 34 56 78');
    await site.click('#chat-send');
    await expect.poll(async () => (await dialog(site))?.text ?? '').toContain('Telefoonnummer');
    await axClick(site, 'Toch plaatsen');
    await expect.poll(() => sent(site)).toEqual([{ text: 'bel me: 06 12 34 56 78', via: 'button' }]);
  });

  it('another Mastodon server gets the Mastodon adapter', async () => {
    const site = await session.context.newPage();
    const world = await contentWorld(site);
    await site.goto('https://mastodon.nl/home');
    const popup = await openPopupFor(session, site);
    await popup.getByRole('button', { name: 'Dit is een Mastodon-server: inschakelen' }).click();
    await expect.poll(async () => (await settings())?.extraHosts?.at(-1)).toEqual({ host: 'mastodon.nl', kind: 'mastodon' });
    await site.bringToFront();
    await untilGuardOn(world);
    await site.fill('textarea', 'Ik woon in 3512 AB');
    await site.keyboard.press('Control+Enter');
    await expect.poll(async () => (await dialog(site))?.text ?? '').toContain('Postcode: 3512 AB');
    expect(await sent(site)).toEqual([]);
  });

  it('a settings change never leaves a switched-on site without its guard script, not even for a moment', async () => {
    // (after the Mastodon test: two sites granted, so dropping and re-adding one changes the script's matches)
    const seen = await session.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const counts = new Set<number>();
      const matchLists = new Set<string>();
      let polling = true;
      const poll = (async () => {
        while (polling) {
          const scripts = await chrome.scripting.getRegisteredContentScripts({ ids: ['schildwacht-guard-extra'] });
          counts.add(scripts.length);
          if (scripts[0]) matchLists.add(JSON.stringify(scripts[0].matches));
        }
      })();
      const { settings } = await chrome.storage.local.get('settings');
      const both = settings.extraHosts;
      for (const extraHosts of [both.slice(0, 1), both, both.slice(0, 1), both]) {
        await chrome.storage.local.set({ settings: { ...settings, extraHosts } });
        await new Promise((r) => setTimeout(r, 80));
      }
      polling = false;
      await poll;
      return { counts: [...counts], matchLists: matchLists.size };
    });
    expect(seen.counts).toEqual([1]);
    expect(seen.matchLists).toBe(2);
  });
});
