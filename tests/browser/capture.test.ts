import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MASTODON_URL, SERVER_DATE, X_URL, askPrepare, buttonOf, captureNth, confirmationPicture, fixture, itemFor as itemIn, openThread as openIn, postSize,
  serveReplicas, untilServerDatesObserved,
} from './capture-helpers';
import { ClosedShadow } from './closed-shadow';
import { readEvidence } from './evidence-db';
import { type Session, extensionUrl, launch, openPopupFor, uiTagOf } from './harness';

// One browser for the whole file (the machine's cores are shared): tests build on each other's items.
let session: Session;
const openThread = (url: string, postSelector: string) => openIn(session, url, postSelector);
const itemFor = (permalink: string) => itemIn(session, permalink);

beforeAll(async () => {
  session = await launch();
  await serveReplicas(session);
  await untilServerDatesObserved(session);
});
afterAll(async () => {
  await session?.close();
});

describe('evidence capture from the in-page button', () => {
  it('captures the right post of an X thread, not its neighbours, with correct metadata and hashes', async () => {
    const { page, ui } = await openThread(X_URL, 'article[data-testid="tweet"]');
    await captureNth(page, ui, 'article[data-testid="tweet"]', 1);
    await expect.poll(() => ui.texts('status'), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));

    const { dump, item, files } = await itemFor('https://x.com/b0ze_burger92/status/1876549999000011111');
    expect(dump.items).toHaveLength(1);
    // The confirmation shows what the locker holds: the stored post.png, byte for byte.
    const shown = await confirmationPicture(page);
    expect(shown.alt).toBe('Het bericht zoals het in de kluis is opgeslagen (post.png)');
    expect(shown.sha256).toBe(files.find((f) => f.name === 'post.png')!.sha256);
    const m = item.metadata;
    expect(m).toMatchObject({
      url: X_URL, platform: 'x', postId: '1876549999000011111', wholePage: false,
      author: { name: 'Boze Burger', handle: '@b0ze_burger92', profileUrl: 'https://x.com/b0ze_burger92', accountId: null },
      postedAt: { shown: '4 jan.', parsed: '2026-01-04T18:40:55.000Z' },
      text: 'We weten waar je woont Sanne. Lindelaan 12, blauwe deur.\nVanavond kom ik langs, dan zien we wel hoe stoer je bent zonder uniform 🔪',
      serverDate: '2026-01-05T08:00:00.000Z',
      viewport: { width: 1280, height: 900 },
      extensionVersion: '0.1.0',
      pixelsFrom: 'browser',
    });
    expect(m.pageTitle).toContain('Vanavond extra surveillance');
    expect(Date.now() - Date.parse(m.capturedAt)).toBeLessThan(60_000);
    expect(m.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(m.browserVersion).toMatch(/Chromium \d+\.\d+\.\d+\.\d+/);

    expect(files.map((f) => f.name).sort()).toEqual(['metadata.json', 'page.mhtml', 'post.png', 'screenshot.png', 'thumbnail.jpg']);
    for (const f of files) {
      expect(f.actualSha256).toBe(f.sha256);
      expect(f.actualSize).toBe(f.size);
      if (f.name !== 'metadata.json') expect(m.files[f.name]).toEqual({ sha256: f.sha256, size: f.size });
    }
    expect(JSON.parse(files.find((f) => f.name === 'metadata.json')!.text!)).toEqual(m);
    const post = files.find((f) => f.name === 'post.png')!.png!;
    const expected = await postSize(page, 'article[data-testid="tweet"]', 1);
    expect(Math.abs(post.width - expected.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(post.height - expected.height)).toBeLessThanOrEqual(1);
    expect(files.find((f) => f.name === 'screenshot.png')!.png).toEqual({ width: 1280 * m.devicePixelRatio, height: 900 * m.devicePixelRatio });

    const custody = dump.custody.filter((c) => c.itemId === item.id);
    expect(custody).toMatchObject([{ seq: 0, action: 'capture', prev: '0'.repeat(64) }]);
    expect(custody[0].detail).toContain(files.find((f) => f.name === 'metadata.json')!.sha256);
    await page.close();
  });

  it('captures a reply on a Mastodon thread with its account id and content warning', async () => {
    const { page, ui } = await openThread(MASTODON_URL, '.status[data-id], .detailed-status');
    await captureNth(page, ui, '.status[data-id], .detailed-status', 2);
    await expect.poll(() => ui.texts('status'), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));

    const { item, files } = await itemFor('https://mastodon.social/@anon_doxer@kwaad.example/113812399999000002');
    expect(item.metadata).toMatchObject({
      url: MASTODON_URL, platform: 'mastodon', postId: '113812399999000002', serverDate: '2026-01-05T08:00:00.000Z',
      author: { handle: '@anon_doxer@kwaad.example', accountId: '110000000000000042' },
      text: 'Voor wie Sanne wil opzoeken\n\nZe woont in de Lindelaan, nummer 12. Haar auto: XK-123-B. Je weet wat je moet doen.',
    });
    const post = files.find((f) => f.name === 'post.png')!.png!;
    const expected = await postSize(page, '.status[data-id], .detailed-status', 2);
    expect(Math.abs(post.width - expected.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(post.height - expected.height)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('capture of a whole page from the popup', () => {
  it('captures any web page (no known platform) as a whole-page item, the script injected on demand', async () => {
    const url = 'https://www.buurtforum-utrecht.nl/topic/4411-agent-lombok';
    await session.context.route(url, (r) => r.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', headers: { date: SERVER_DATE },
      body: '<!doctype html><title>Agent Lombok - Buurtforum</title><h1>Agent Lombok</h1><p>Ze woont op de Lindelaan.</p>',
    }));
    const site = await session.context.newPage();
    await site.goto(url);
    const popup = await openPopupFor(session, site);
    await site.bringToFront();
    await popup.getByRole('button', { name: 'Bewijs vastleggen' }).click();
    await expect.poll(() => popup.getByRole('status').allTextContents(), { timeout: 15_000 }).toContain('Vastgelegd in de bewijskluis');
    const dump = await readEvidence(session.worker);
    const item = dump.items.find((i) => i.metadata.url === url);
    expect(item.metadata).toMatchObject({ platform: 'generic', wholePage: true, text: '', permalink: null, pageTitle: 'Agent Lombok - Buurtforum', serverDate: '2026-01-05T08:00:00.000Z' });
    expect(dump.files.filter((f) => f.itemId === item.id).map((f) => f.name).sort()).toEqual(['metadata.json', 'page.mhtml', 'screenshot.png', 'thumbnail.jpg']);
    const ui = await ClosedShadow.attach(site);
    expect(await ui.texts('status')).toContainEqual(expect.stringContaining('Vastgelegd'));
    await popup.close();
    await site.close();
  });
});

describe('context menu and shortcut pick the post the officer pointed at', () => {
  it('the capture script reports the right-clicked post, and the hovered one', async () => {
    const { page } = await openThread(X_URL, 'article[data-testid="tweet"]');
    const ask = (trigger: 'contextmenu' | 'pointer') => askPrepare(session, X_URL, trigger);
    const text = page.locator('article[data-testid="tweet"]').nth(3).locator('[data-testid="tweetText"]').first();
    await text.click({ button: 'right' });
    expect((await ask('contextmenu')).post?.info.author.handle).toBe('@anoniem_0301');
    await page.locator('article[data-testid="tweet"]').nth(4).hover();
    expect((await ask('pointer')).post?.info.author.handle).toBe('@gemeente_utr');
    await page.locator('[data-testid="primaryColumn"] .topbar').hover();
    expect((await ask('pointer')).post).toBeNull();
    await page.close();
  });
});

describe('Mastodon servers the officer added', () => {
  it('get the buttons too, and the capture reads them as Mastodon', async () => {
    const url = 'https://mastodon.politie-buurt.nl/@wijkagent_sanne/113812345678901234';
    await session.context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('mastodon-thread.html') }));
    await session.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { settings = {} } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, extraHosts: [{ host: 'mastodon.politie-buurt.nl', kind: 'mastodon' }] } });
    });
    await expect.poll(() => session.worker.evaluate(async () =>
      ((await (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as { matches: string[] }[]).flatMap((c) => c.matches)))
      .toContain('https://mastodon.politie-buurt.nl/*');
    const { page, ui } = await openThread(url, '.status[data-id], .detailed-status');
    await captureNth(page, ui, '.status[data-id], .detailed-status', 3);
    await expect.poll(() => ui.texts('status'), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));
    const dump = await readEvidence(session.worker);
    expect(dump.items.find((i) => i.metadata.url === url)?.metadata).toMatchObject({ platform: 'mastodon', author: { handle: '@buurthuis_kanaal@mastodon.social' } });
    await page.close();
  });
});

describe('a post taller than the viewport', () => {
  it('is stitched from several viewport captures into one post.png, seamless under the sticky header', async () => {
    const { page, ui } = await openThread(X_URL, 'article[data-testid="tweet"]');
    const blocks = [['rgb(230, 0, 0)', 500], ['rgb(0, 180, 0)', 900], ['rgb(0, 0, 230)', 700]] as const;
    await page.evaluate((bs) => {
      const text = document.querySelectorAll('article[data-testid="tweet"]')[2]!.querySelector('[data-testid="tweetText"]')!;
      for (const [color, height] of bs) text.insertAdjacentHTML('beforeend', `<div style="height:${height}px;background:${color}"></div>`);
    }, blocks);
    await captureNth(page, ui, 'article[data-testid="tweet"]', 2);
    await expect.poll(() => ui.texts('status'), { timeout: 20_000 }).toContainEqual(expect.stringContaining('Vastgelegd'));

    const { item, files } = await itemFor('https://x.com/buurtvader_lombok/status/1876551234500022222');
    const size = await postSize(page, 'article[data-testid="tweet"]', 2);
    expect(size.height).toBeGreaterThan(2 * 900 * item.metadata.devicePixelRatio);
    const png = files.find((f) => f.name === 'post.png')!.png!;
    expect(Math.abs(png.height - size.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.width - size.width)).toBeLessThanOrEqual(1);
    // Where each coloured block lies in the post, and the colour post.png has there (top, middle, bottom).
    const probes = await page.evaluate(() => {
      const post = document.querySelectorAll('article[data-testid="tweet"]')[2]!.getBoundingClientRect();
      return Array.from(document.querySelectorAll('[data-testid="tweetText"] > div')).flatMap((d) => {
        const r = d.getBoundingClientRect();
        const x = Math.round((r.left + r.width / 2 - post.left) * devicePixelRatio);
        return [r.top + 12, r.top + r.height / 2, r.bottom - 12].map((y) => ({ x, y: Math.round((y - post.top) * devicePixelRatio), color: getComputedStyle(d).backgroundColor }));
      });
    });
    const seen = await session.worker.evaluate(async ([id, points]) => {
      const req = indexedDB.open('schildwacht');
      const db = await new Promise<IDBDatabase>((ok) => { req.onsuccess = () => ok(req.result); });
      const file = await new Promise<any>((ok) => { const r = db.transaction('files').objectStore('files').get([id, 'post.png']); r.onsuccess = () => ok(r.result); });
      db.close();
      const bmp = await createImageBitmap(file.blob);
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return points.map((p: { x: number; y: number }) => { const d = ctx.getImageData(p.x, p.y, 1, 1).data; return `rgb(${d[0]}, ${d[1]}, ${d[2]})`; });
    }, [item.id, probes] as const);
    expect(seen).toEqual(probes.map((p) => p.color));
    await page.close();
  });
});

describe('the buttons on all nine platforms', () => {
  const sites: [string, string, string][] = [
    ['x', X_URL, 'article[data-testid="tweet"]'],
    ['mastodon', MASTODON_URL, '.status[data-id], .detailed-status'],
    ['facebook', 'https://www.facebook.com/groups/buurtwachtlombok/posts/1234567890123456/', '[role="article"]'],
    ['instagram', 'https://www.instagram.com/p/C1AbCdEfGhI/', 'article, ul._a9ym li._a9zj'],
    ['tiktok', 'https://www.tiktok.com/@lombok.leaks/video/7455123456789012345', '[data-e2e="browse-video-desc-wrapper"], [class*="DivCommentContentContainer"]'],
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'ytd-comment-view-model, ytd-comment-renderer'],
    ['reddit', 'https://www.reddit.com/r/utrecht/comments/1hs9k2q/wijkagent_lombok_gedoxt/', 'shreddit-post, shreddit-comment'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7281234567890123456/', '[data-urn^="urn:li:activity:"], article.comments-comment-entity'],
    ['bluesky', 'https://bsky.app/profile/politiesanne.bsky.social/post/3lfa1z2y3x4w5', '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]'],
  ];

  it('appear when the officer points at a post, sit inside it, and take no room: the page lays out the same with and without them', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await session.context.route(/^https:\/\/[^/]*(fbcdn\.net|cdninstagram\.com|tiktokcdn\.com|ggpht\.com|redditmedia\.com|redd\.it|licdn\.com|cdn\.bsky\.app)\//,
      (r) => r.fulfill({ status: 200, contentType: 'image/png', body: png }));
    for (const [platform, url, selector] of sites) {
      if (platform !== 'x' && platform !== 'mastodon') {
        await session.context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(`${platform}-thread.html`) }));
      }
      const { page, ui } = await openThread(url, selector);
      // In page coordinates: pointing at a post may scroll it into view.
      const rects = () => page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((p) => {
        const r = p.getBoundingClientRect();
        return JSON.stringify({ left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY });
      }), selector);
      const tag = await uiTagOf(session);
      expect(await page.locator(tag).count(), `${platform}: nothing before the officer points at a post`).toBe(0);
      const before = await rects();
      const buttons = [];
      for (let i = 0; i < before.length; i++) buttons.push(await buttonOf(page, ui, selector, i));
      const withButtons = await rects();
      expect(withButtons, platform).toEqual(before);
      for (let i = 0; i < withButtons.length; i++) {
        expect(await ui.hostParentIs(buttons[i]!, `document.querySelectorAll(${JSON.stringify(selector)})[${i}]`), `${platform} post ${i}: its button is its own child`).toBe(true);
        const b = await ui.box(buttons[i]!);
        const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
        const d = JSON.parse(withButtons[i]!) as { left: number; top: number; right: number; bottom: number };
        const p = { left: d.left - sx!, top: d.top - sy!, right: d.right - sx!, bottom: d.bottom - sy! };
        expect(b.x >= p.left && b.y >= p.top && b.x + b.width <= p.right && b.y + b.height <= p.bottom, `${platform} post ${i}`).toBe(true);
      }
      await page.evaluate((name) => document.querySelectorAll(name).forEach((h) => h.remove()), tag);
      expect(await rects(), platform).toEqual(withButtons);
      await page.close();
    }
    expect(session.unexpected).toEqual([]);
  });
});

describe('a capture that fails half-way stores nothing and says why', () => {
  it('storage full: IndexedDB refuses a file, so no item, file or custody entry remains', async () => {
    const before = await readEvidence(session.worker);
    const { page, ui } = await openThread(X_URL, 'article[data-testid="tweet"]');
    // The disk fills up while the files are written (the item row is already in the transaction).
    await session.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as any;
      proto.__add = proto.add;
      proto.add = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'files') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return proto.__add.apply(this, args);
      };
    });
    try {
      await captureNth(page, ui, 'article[data-testid="tweet"]', 4);
      await expect.poll(() => ui.texts('alert'), { timeout: 15_000 }).toContainEqual(expect.stringContaining('de opslag is vol'));
    } finally {
      await session.worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as any;
        proto.add = proto.__add;
      });
    }
    expect((await ui.texts('alert')).join()).toContain('Vastleggen mislukt, er is niets opgeslagen');
    const after = await readEvidence(session.worker);
    expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect(after.files.length).toBe(before.files.length);
    expect(after.custody.length).toBe(before.custody.length);
    await page.close();
  });

  it('tab closed mid-way: nothing is stored and the toolbar icon says why', async () => {
    const before = await readEvidence(session.worker);
    const { page, ui } = await openThread(MASTODON_URL, '.status[data-id], .detailed-status');
    // The officer closes the tab while the page archive is being made.
    await session.worker.evaluate(() => (globalThis as any).chrome.action.setBadgeText({ text: '' }));
    await session.worker.evaluate(() => {
      const pc = (globalThis as any).chrome.pageCapture;
      pc.__save = pc.saveAsMHTML;
      pc.saveAsMHTML = (details: { tabId: number }, ...rest: unknown[]) =>
        (globalThis as any).chrome.tabs.remove(details.tabId).then(() => pc.__save.call(pc, details, ...rest));
    });
    try {
      await captureNth(page, ui, '.status[data-id], .detailed-status', 0);
      await expect.poll(() => session.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('!');
    } finally {
      await session.worker.evaluate(() => {
        const pc = (globalThis as any).chrome.pageCapture;
        pc.saveAsMHTML = pc.__save;
      });
    }
    expect(await session.worker.evaluate(() => (globalThis as any).chrome.action.getTitle({}))).toContain('het tabblad is gesloten');
    const after = await readEvidence(session.worker);
    expect(after.items.length).toBe(before.items.length);
    expect(after.files.length).toBe(before.files.length);
    expect(after.custody.length).toBe(before.custody.length);
  });
});

describe('the evidence locker', () => {
  it('lists the captured items and shows one with its hashes, notes, offence and custody log', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    const rows = page.locator('li.item');
    await expect.poll(() => rows.count()).toBe(5);
    const boze = rows.filter({ hasText: 'Boze Burger' });
    expect(await rows.filter({ hasText: '@anon_doxer@kwaad.example' }).count()).toBe(1);
    expect(await boze.textContent()).toContain('We weten waar je woont Sanne.');
    expect(await boze.locator('img.thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await page.getByLabel('Zoeken (auteur, tekst, adres)').fill('lindelaan blauwe');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('button').click();
    const detail = page.locator('aside.detail');
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('Boze Burger');
    const { item, files } = await itemFor('https://x.com/b0ze_burger92/status/1876549999000011111');
    for (const f of files) expect(await detail.locator('table.files').textContent()).toContain(f.sha256);

    await detail.getByLabel('Delict').selectOption('bedreiging');
    await detail.getByLabel('Notities').fill('Adres klopt: Lindelaan 12 is mijn woonadres.');
    await detail.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => detail.getByRole('status').textContent()).toContain('Opgeslagen');
    await expect.poll(() => detail.locator('ol.custody li').count()).toBe(3);
    await expect.poll(() => detail.locator('.chain-ok').textContent()).toContain('Logboek intact');
    const after = await readEvidence(session.worker);
    expect(after.items.find((i) => i.id === item.id).metadata).toEqual(item.metadata);
    expect(after.annotations).toMatchObject([{ itemId: item.id, offence: 'bedreiging', notes: 'Adres klopt: Lindelaan 12 is mijn woonadres.' }]);
    expect(after.custody.filter((c) => c.itemId === item.id).map((c) => c.action)).toEqual(['capture', 'note', 'offence']);
    await page.close();
  });

  it('deletes an item only after confirmation; its data goes, its custody log stays and ends in the deletion', async () => {
    const page = await session.context.newPage();
    const { item } = await itemFor('https://mastodon.social/@anon_doxer@kwaad.example/113812399999000002');
    await page.goto(extensionUrl(session, `evidence.html#item=${item.id}`));
    const detail = page.locator('aside.detail');
    await detail.getByRole('button', { name: 'Item verwijderen' }).click();
    await detail.getByRole('button', { name: 'Annuleren' }).click();
    expect((await readEvidence(session.worker)).items.some((i) => i.id === item.id)).toBe(true);

    await detail.getByRole('button', { name: 'Item verwijderen' }).click();
    expect(await detail.getByRole('alertdialog').textContent()).toContain('het logboek bewaart dat je het verwijderde');
    await detail.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(() => detail.getByRole('status').textContent()).toContain('Item verwijderd');
    const after = await readEvidence(session.worker);
    expect(after.items.some((i) => i.id === item.id)).toBe(false);
    expect(after.files.some((f) => f.itemId === item.id)).toBe(false);
    expect(after.custody.filter((c) => c.itemId === item.id).map((c) => c.action)).toEqual(['capture', 'delete']);
    expect(await detail.locator('ol.custody').textContent()).toContain('verwijderd door de gebruiker');
    await page.close();
  });

  it('opens from the popup in the side panel', async () => {
    const site = await session.context.newPage();
    await site.goto(X_URL);
    const popup = await openPopupFor(session, site);
    await popup.getByRole('button', { name: 'Bewijskluis in zijpaneel' }).click();
    const panels = () => session.worker.evaluate(async () =>
      ((await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as { documentUrl: string }[]).map((c) => c.documentUrl));
    await expect.poll(panels).toEqual([extensionUrl(session, 'evidence.html')]);
    await site.close();
    // Nothing in this whole file made a request that no replica answered.
    expect(session.unexpected).toEqual([]);
  });
});
