import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonOf, captureNth, fixture, openThread, postSize, untilServerDatesObserved } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { axClick } from './guard-ax';
import { dialog, open, sent, terms } from './guard-setup';
import { type Session, extensionUrl, launch, uiTagOf } from './harness';
import { setProfile } from './profile-helpers';

/**
 * Telegram Web, both clients, in real Chromium: capture of one message (not its neighbours) with its
 * channel, forward origin, media and times; the capture buttons on every message; the composer guard.
 * The replicas (tests/fixtures/sites/telegram-*.html) are served under web.telegram.org; a chat is picked
 * by the URL hash, which never reaches the server, so each test serves the page it opens.
 */
const K_CHANNEL = 'https://web.telegram.org/k/#@lombokleaks';
const K_GROUP = 'https://web.telegram.org/k/#-2233445566';
const A_GROUP = 'https://web.telegram.org/a/#-1002233445566';
const POST = '.bubble[data-mid]:not(.service), .message-list-item[data-message-id]';
const PAGES: Record<string, string> = { [K_CHANNEL]: 'telegram-k-channel.html', [K_GROUP]: 'telegram-composer.html', [A_GROUP]: 'telegram-a-group.html' };

let session: Session;
beforeAll(async () => {
  session = await launch();
  await setProfile(session, { terms });
  await untilServerDatesObserved(session);
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session?.close();
});

/** Serves the replica of `url`'s chat at its path (routes added last win). */
async function serve(url: string) {
  const body = fixture(PAGES[url]!);
  await session.context.route(url.split('#')[0]!, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body, headers: { date: new Date().toUTCString() } }));
}

/** Captures the n-th message of the chat at `url` and returns the one new item and its files. */
async function capture(url: string, n: number) {
  await serve(url);
  const before = (await readEvidence(session.worker)).items.length;
  const { page, ui } = await openThread(session, url);
  await captureNth(page, ui, POST, n);
  await expect.poll(() => ui.texts('status'), { timeout: 20_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));
  const dump = await readEvidence(session.worker);
  expect(dump.items).toHaveLength(before + 1);
  const item = dump.items.reduce((a, b) => (a.metadata.capturedAt > b.metadata.capturedAt ? a : b));
  const files = dump.files.filter((f) => f.itemId === item.id);
  const png = files.find((f) => f.name === 'post.png')!.png!;
  const size = await postSize(page, POST, n);
  expect(Math.abs(png.width - size.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(png.height - size.height)).toBeLessThanOrEqual(1);
  expect(JSON.parse(files.find((f) => f.name === 'metadata.json')!.text!)).toEqual(item.metadata);
  await page.close();
  return { ...item.metadata, itemId: item.id as string };
}

/** The locker's detail of an item: its channel, forward origin and media rows. */
async function detail(itemId: string) {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, `evidence.html#item=${itemId}`));
  await expect.poll(() => page.getByTestId('md-channel').count()).toBe(1);
  const rows = { channel: await page.getByTestId('md-channel').textContent(), forwarded: await page.getByTestId('md-forwarded').textContent(), media: await page.getByTestId('md-media').textContent() };
  await page.close();
  return rows;
}

describe('capture on Telegram Web', () => {
  it('WebK, public channel: the photo post, not its neighbours, with its public link, exact time and context', async () => {
    const m = await capture(K_CHANNEL, 1);
    expect(m).toMatchObject({
      url: K_CHANNEL, platform: 'telegram', wholePage: false, postId: '413', permalink: 'https://t.me/lombokleaks/413',
      author: { name: 'redactie', handle: '@lombokleaks', profileUrl: 'https://t.me/lombokleaks', accountId: '-1987654321' },
      postedAt: { shown: '11 januari 2025, 21:14', parsed: '2025-01-11T20:14:17.000Z' },
      text: 'Dit is haar auto. XK-123-B, staat elke avond op de Lindelaan.\nWie weet het huisnummer?',
      context: { channel: { name: 'Lombok Leaks', id: '@lombokleaks' }, forwardedFrom: null, media: [{ kind: 'photo', name: null }] },
    });
    expect(await detail(m.itemId)).toEqual({ channel: 'Lombok Leaks (@lombokleaks)', forwarded: '—', media: 'foto' });
  });

  it('WebA, private group: a forwarded message with its sender, the shown time read in the officer\'s zone, no link', async () => {
    const m = await capture(A_GROUP, 1);
    expect(m).toMatchObject({
      url: A_GROUP, platform: 'telegram', postId: '9002', permalink: null,
      author: { name: 'Ruud K', handle: null, profileUrl: null, accountId: null },
      postedAt: { shown: '11 januari 2025, 21:41', parsed: '2025-01-11T20:41:00.000Z' },
      text: 'Dit is haar auto. XK-123-B, staat elke avond op de Lindelaan.\nWie weet het huisnummer?',
      context: { channel: { name: 'Buurtapp Lombok-Oost', id: '-1002233445566' }, forwardedFrom: 'Lombok Leaks', media: [] },
    });
    expect(await detail(m.itemId)).toEqual({ channel: 'Buurtapp Lombok-Oost (-1002233445566)', forwarded: 'Lombok Leaks', media: '—' });
  });

  it('WebA: a document message by a sender named only by the avatar of their group', async () => {
    const m = await capture(A_GROUP, 3);
    expect(m).toMatchObject({
      postId: '9004', text: '', author: { name: 'Anouk de B.' },
      postedAt: { shown: '11 januari 2025, 21:53', parsed: '2025-01-11T20:53:00.000Z' },
      context: { forwardedFrom: null, media: [{ kind: 'document', name: 'kenteken_check_XK123B.pdf' }] },
    });
    expect((await detail(m.itemId)).media).toBe('document: kenteken_check_XK123B.pdf');
  });
});

describe('capture buttons on Telegram Web', () => {
  it('appear on every message of both clients when pointed at, inside it, and take no room', async () => {
    for (const url of [K_CHANNEL, K_GROUP, A_GROUP]) {
      await serve(url);
      const { page, ui } = await openThread(session, url);
      const tag = await uiTagOf(session);
      expect(await page.locator(tag).count(), `${url}: nothing before the officer points`).toBe(0);
      const rects = () => page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((p) => {
        const r = p.getBoundingClientRect();
        const s = p.closest('.scrollable, .bubbles, .MessageList')!;
        return JSON.stringify({ left: r.left, top: r.top + s.scrollTop, width: r.width, height: r.height });
      }), POST);
      const before = await rects();
      expect(before.length, url).toBe(PAGES[url] === 'telegram-a-group.html' ? 7 : PAGES[url] === 'telegram-composer.html' ? 4 : 5);
      for (let i = 0; i < before.length; i++) {
        const button = await buttonOf(page, ui, POST, i);
        expect(await ui.hostParentIs(button, `document.querySelectorAll(${JSON.stringify(POST)})[${i}]`), `${url} message ${i}`).toBe(true);
        const b = await ui.box(button);
        const p = await page.evaluate(([sel, k]) => document.querySelectorAll(sel as string)[k as number]!.getBoundingClientRect().toJSON(), [POST, i] as const);
        expect(b.x >= p.left && b.y >= p.top && b.x + b.width <= p.right && b.y + b.height <= p.bottom, `${url} message ${i}`).toBe(true);
      }
      expect(await rects(), url).toEqual(before);
      await page.close();
    }
  });
});

describe('composer guard on Telegram Web', () => {
  it('WebK: a message with a postcode and the home street, sent with Enter, is held; Gegevens weglaten masks both', async () => {
    await serve(K_GROUP);
    const page = await open(session, K_GROUP);
    const input = '.input-message-input:not(.input-field-input-fake)';
    await page.click(input);
    await page.keyboard.type('Kom maar langs, Lindelaan 14, 3512 AB');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('3512 AB');
    expect(await sent(page)).toEqual([]);
    await axClick(page, 'Gegevens weglaten');
    await expect.poll(() => dialog(page)).toBeNull();
    expect(await page.innerText(input)).toBe('Kom maar langs, •••, •••');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([{ text: 'Kom maar langs, •••, •••', via: 'enter' }]);
    await page.close();
  });

  it('WebA: a phone number is held on the send button; a clean message goes through on Enter', async () => {
    await serve(A_GROUP);
    const page = await open(session, A_GROUP);
    await page.click('#editable-message-text');
    await page.keyboard.type('Bel me: 06-12345678');
    await page.click('.Composer .main-button');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('06-12345678');
    expect(await sent(page)).toEqual([]);
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => sent(page)).toEqual([{ text: 'Bel me: 06-12345678', via: 'button' }]);
    await page.click('#editable-message-text');
    await page.keyboard.type('Goedemorgen allemaal');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([{ text: 'Bel me: 06-12345678', via: 'button' }, { text: 'Goedemorgen allemaal', via: 'enter' }]);
    expect(await dialog(page)).toBeNull();
    await page.close();
  });
});
