import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, launch, openPopupFor, serve } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe('popup site status', () => {
  it('shows guard and capture active on a supported social site', async () => {
    await serve(session.context, 'https://mastodon.social/**', '<!doctype html><title>Mastodon</title><p>tijdlijn</p>');
    const site = await session.context.newPage();
    await site.goto('https://mastodon.social/home');
    const popup = await openPopupFor(session, site);
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toContain('Waarschuwing bij plaatsen: actief');
    expect(await popup.getByTestId('site-status').textContent()).toContain('Bewijs vastleggen: actief');
  });

  it('shows both inactive on a site Schildwacht does not know', async () => {
    await serve(session.context, 'https://example.org/**', '<!doctype html><title>Elders</title><p>iets</p>');
    const site = await session.context.newPage();
    await site.goto('https://example.org/');
    const popup = await openPopupFor(session, site);
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toContain('Waarschuwing bij plaatsen: niet actief');
    expect(await popup.getByTestId('site-status').textContent()).toContain('Bewijsknoppen bij berichten: niet op deze site');
  });
});
