import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axFind } from './guard-ax';
import { contentWorld, untilGuardOn } from './content-world';
import { serveEngines } from './engine-pages';
import { type Session, launch, serve } from './harness';
import { setProfile } from './profile-helpers';

/** Shared set-up of the guard's browser tests: one browser, the officer's profile, the replicas under their real hosts. */
const fixture = (name: string) => readFileSync(`tests/fixtures/sites/${name}-composer.html`, 'utf8');
export const terms = { ownNames: ['Jan de Vries'], partner: [], children: ['Mila', 'Daantje'], family: [], homeStreet: ['Lindelaan'],
  homeTown: [], school: ['De Regenboog'], sportsClub: [], carPlate: [], other: [] };
export const allTerms = Object.values(terms).flat();

/** `engines`: the composers built with the real editor engines (tests/fixtures/engines/) instead of the replicas. */
export async function launchGuarded(opts: { engines?: boolean } = {}): Promise<Session> {
  const session = await launch();
  await setProfile(session, { terms });
  if (opts.engines) {
    await serveEngines(session.context);
    return session;
  }
  for (const [host, name] of [['x.com', 'x'], ['mastodon.social', 'mastodon'], ['www.facebook.com', 'facebook'], ['bsky.app', 'bluesky'], ['www.linkedin.com', 'linkedin']]) {
    await serve(session.context, `https://${host}/**`, fixture(name!));
  }
  return session;
}

/** Opens a page and waits until the guard listens in it. */
export async function open(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  const world = await contentWorld(page);
  await page.goto(url);
  await untilGuardOn(world);
  return page;
}

/** What the page's own send handlers received. */
export const sent = (page: Page) => page.evaluate(() => (window as any).__sent as { text: string; via: string }[]);
export const uploads = (page: Page) => page.evaluate(() => (window as any).__uploads.length as number);
export const dialog = (page: Page) => axFind(page, 'alertdialog');
export const X_EDITOR = '[data-testid="tweetTextarea_0"]';
export const X_SEND = '[data-testid="tweetButtonInline"]';

export async function xWithPost(session: Session, text: string): Promise<Page> {
  const page = await open(session, 'https://x.com/home');
  await page.click(X_EDITOR);
  await page.keyboard.type(text);
  return page;
}
