import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_POST, X_URL, askPrepare, captureNth, confirmationPicture, openThread, serveReplicas } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { madeBundle } from '../support/forged-bundle';
import { contentWorld } from './content-world';
import { type Session, extensionUrl, launch, openPopupFor, serve, uiTagOf } from './harness';
import { dialog, terms as profileA } from './guard-setup';
import { setProfile } from './profile-helpers';

/**
 * Attack pages of our own, each trying to learn the officer's profile terms or to steer the
 * extension, with page code in the page's own world (tests/fixtures/hostile/).
 */
const profileB = { ...profileA, ownNames: ['Piet Bakker'], partner: ['Sanne'], children: ['Finn'], homeStreet: ['Beukenlaan'], school: ['Het Kompas'] };
const CANDIDATES = ['Mila', 'Daantje', 'Lindelaan', 'Regenboog', 'Sanne', 'Finn', 'Beukenlaan', 'Kompas', 'Thomas', 'Kerkstraat'];

let session: Session;
beforeAll(async () => {
  session = await launch();
  await serve(session.context, 'https://x.com/**', readFileSync('tests/fixtures/hostile/guard-probe.html', 'utf8'));
  await serveReplicas(session);
  await serve(session.context, 'https://buurtforum.example/**', readFileSync('tests/fixtures/hostile/scan-probe.html', 'utf8'));
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

async function useProfile(terms: Record<string, string[]>): Promise<void> {
  await setProfile(session, { terms });
}

type Observation = { geometry: string[]; light: string; events: string[]; active: string };
const observe = (page: Page, words: string[]) => page.evaluate((w) => (window as any).observe(w) as Promise<Observation>, words);

/** What the probe page sees for a neutral word and for each candidate alone; the candidates that differ are "recovered". */
async function attack(): Promise<{ seen: Observation[]; recovered: string[] }> {
  const page = await session.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForTimeout(300);
  const neutral = await observe(page, ['xyzzy']);
  const seen = [neutral];
  const recovered: string[] = [];
  for (const word of CANDIDATES) {
    const o = await observe(page, [word]);
    seen.push(o);
    if (JSON.stringify(o) !== JSON.stringify(neutral)) recovered.push(word);
  }
  await page.close();
  return { seen, recovered };
}

describe('a hostile page learns nothing about the officer', () => {
  it('guard: probing a composer with candidate names recovers no term, and two profiles look the same', async () => {
    await useProfile(profileA);
    const a = await attack();
    await useProfile(profileB);
    const b = await attack();
    expect(a.recovered).toEqual([]);
    expect(b.recovered).toEqual([]);
    expect(JSON.stringify(b.seen)).toBe(JSON.stringify(a.seen));
  });
});

describe('the profile stays in extension storage', () => {
  it('a held post: the page sees the same frame whatever the dialog lists (the officer\'s terms stay in extension UI)', async () => {
    const held = async () => {
      const page = await session.context.newPage();
      await page.goto('https://x.com/home');
      await page.click('#bait');
      await page.keyboard.type('Mila, Daantje en Sanne: bel 06-12345678');
      await page.click('[data-testid="tweetButtonInline"]');
      await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('06-12345678');
      const items = (await dialog(page))!.text;
      const seen = await page.evaluate(() => (window as any).measure() as unknown);
      await page.close();
      return { items, seen };
    };
    await useProfile(profileA);
    const a = await held();
    await useProfile(profileB);
    const b = await held();
    expect(a.items).toContain('Daantje');
    expect(b.items).not.toContain('Daantje');
    expect(b.seen).toEqual(a.seen);
  });

  it('findability: a page scanned in self mode sees the same marks whatever the profile, and none on its terms', async () => {
    const scan = async () => {
      const site = await session.context.newPage();
      await site.goto('https://buurtforum.example/bewoners');
      const popup = await openPopupFor(session, site);
      await popup.getByRole('button', { name: 'Scan deze pagina' }).click();
      await expect.poll(() => popup.getByTestId('scan-result').textContent(), { timeout: 20_000 }).toMatch(/daarvan uit je eigen profiel/);
      const seen = await site.evaluate(() => (window as any).observe() as { light: string; geometry: string[] });
      await popup.close();
      await site.close();
      return seen;
    };
    await useProfile(profileA);
    const a = await scan();
    await useProfile(profileB);
    const b = await scan();
    expect(a.geometry.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('the content scripts\' world cannot read the profile or the settings', async () => {
    await useProfile(profileA);
    const page = await session.context.newPage();
    const world = await contentWorld(page);
    await page.goto('https://x.com/home');
    await page.waitForTimeout(300);
    const read = world.evaluate<unknown>(`chrome.storage.local.get(null)`);
    await expect(read).rejects.toThrow(/not allowed|Access to storage/i);
    await page.close();
  });
});

describe('a page cannot tell Schildwacht is there before the officer acts', () => {
  it('a composer page: nothing added while page code focuses and fills the composer; a host with a random name once the officer clicks in it', async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/home?auto');
    // Read through CDP without a user gesture: Playwright's evaluate() would give the page one.
    const read = async <T>(expression: string): Promise<T> => {
      const cdp = await page.context().newCDPSession(page);
      try {
        return ((await cdp.send('Runtime.evaluate', { expression, returnByValue: true, userGesture: false })) as any).result.value as T;
      } finally {
        await cdp.detach();
      }
    };
    const foreignExpr = `[...document.querySelectorAll('*')].filter((el) => !el.closest('head, main, #bait, script') && el !== document.body && el !== document.documentElement).map((el) => el.localName)`;
    const foreign = () => read<string[]>(foreignExpr);
    await expect.poll(() => read<boolean>('window.autoDone === true'), { timeout: 5000 }).toBe(true);
    expect(await read<string>(`document.getElementById('bait').textContent`)).toContain('Mila');
    expect(await foreign()).toEqual([]);
    expect(await read<string>('document.documentElement.outerHTML')).not.toMatch(/schildwacht/i);
    await page.click('#bait');
    await expect.poll(foreign).toHaveLength(1);
    const [name] = await foreign();
    expect(name).toMatch(/^[a-z]{6}-[a-z]{5}$/);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/schildwacht/i);
    await page.close();
  });
});

describe('Onopvallend: nothing of Schildwacht in pages at all', () => {
  const discreet = (on: boolean) => session.worker.evaluate(async (d) => {
    const chrome = (globalThis as any).chrome;
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, discreet: d } });
  }, on);
  it('a held post shows in a window of its own; the page gets no node, even when the officer types and sends', async () => {
    await useProfile(profileA);
    await discreet(true);
    try {
      const page = await session.context.newPage();
      await page.goto('https://x.com/home');
      const tag = await uiTagOf(session);
      await page.click('#bait');
      await page.keyboard.type('Mila: bel 06-12345678');
      const opened = session.context.waitForEvent('page');
      await page.click('[data-testid="tweetButtonInline"]');
      const win = await opened;
      expect(win.url()).toContain('/guard-dialog.html#relay=');
      await expect.poll(async () => (await win.getByRole('alertdialog').textContent()) ?? '').toContain('Uit je eigen profiel: Mila');
      expect(await page.locator(tag).count()).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
      // The click closes the window; Playwright may report the closed target as the click's own error.
      const clicked = win.getByRole('button', { name: 'Aanpassen' }).click().catch((err: unknown) => {
        if (!win.isClosed()) throw err;
      });
      await Promise.all([win.waitForEvent('close'), clicked]);
      expect(await page.locator('#bait').innerText()).toBe('Mila: bel 06-12345678');
      expect(await page.locator(tag).count()).toBe(0);
      await page.close();
    } finally {
      await discreet(false);
    }
  });

  it('no capture buttons and no confirmation in the page; a capture still works and the toolbar says so', async () => {
    await discreet(true);
    try {
      const { page } = await openThread(session, X_URL, X_POST);
      const tag = await uiTagOf(session);
      await page.locator(X_POST).nth(2).hover({ position: { x: 12, y: 12 } });
      await page.waitForTimeout(300);
      expect(await page.locator(tag).count()).toBe(0);
      const before = (await readEvidence(session.worker)).items.length;
      const popup = await openPopupFor(session, page);
      await page.bringToFront();
      await popup.getByRole('button', { name: 'Bewijs vastleggen' }).click();
      await expect.poll(async () => (await readEvidence(session.worker)).items.length, { timeout: 15_000 }).toBe(before + 1);
      await expect.poll(() => session.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}))).toBe('✓');
      expect(await page.locator(tag).count()).toBe(0);
      await popup.close();
      await page.close();
    } finally {
      await discreet(false);
    }
  });
});

describe('a hostile page steers nothing', () => {
  it('decoy: made-up contextmenu and mouseover events never choose the post a capture takes', async () => {
    const { page } = await openThread(session, X_URL, X_POST);
    const decoy = () => page.evaluate((sel) => {
      const post = document.querySelectorAll(sel)[1]!;
      for (const type of ['contextmenu', 'mouseover', 'pointerover']) post.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    }, X_POST);
    await page.locator(X_POST).nth(3).locator('[data-testid="tweetText"]').first().click({ button: 'right' });
    await page.keyboard.press('Escape');
    await page.locator(X_POST).nth(4).hover();
    await decoy();
    expect((await askPrepare(session, X_URL, 'contextmenu')).post?.info.author.handle).toBe('@anoniem_0301');
    expect((await askPrepare(session, X_URL, 'pointer')).post?.info.author.handle).toBe('@gemeente_utr');
    await page.close();
  });
});

describe('capture records what the officer saw', () => {
  it('swap: a page that changes the post on pointerdown and restores it is caught and flagged', async () => {
    const { page, ui } = await openThread(session, X_URL, X_POST);
    const original = await page.locator(X_POST).nth(2).locator('[data-testid="tweetText"]').first().innerText();
    await page.evaluate((sel) => {
      // The attacker's page: it sees the pointerdown on the capture button (retargeted to its host) first.
      addEventListener('pointerdown', (e) => {
        const post = (e.target as Element).closest(sel);
        const text = post?.querySelector('[data-testid="tweetText"]');
        if (!text) return;
        const was = text.textContent;
        text.textContent = 'Sterkte vanavond, fijne dienst!';
        setTimeout(() => { text.textContent = was; }, 250);
      }, true);
    }, X_POST);
    await captureNth(page, ui, X_POST, 2);
    await expect.poll(() => ui.texts('status'), { timeout: 15_000 }).toContainEqual(expect.stringContaining('de pagina veranderde tijdens het vastleggen'));
    const item = (await readEvidence(session.worker)).items.find((i) => i.metadata.pageChanged);
    const readings = item.metadata.pageChanged.readings as { at: string; text: string }[];
    expect(readings[0]).toEqual({ at: 'hover', text: original });
    expect(readings.find((r) => r.at === 'capture')?.text).toBe('Sterkte vanavond, fijne dienst!');
    // The officer sees what was kept: the stored post.png, not what the page shows now.
    const stored = (await readEvidence(session.worker)).files.find((f) => f.itemId === item.id && f.name === 'post.png')!;
    expect((await confirmationPicture(page)).sha256).toBe(stored.sha256);
    const locker = await session.context.newPage();
    await locker.goto(extensionUrl(session, `evidence.html#item=${item.id}`));
    await expect.poll(() => locker.getByTestId('page-changed').textContent()).toContain(original);
    await locker.close();
    await page.close();
  });
});

describe('links from evidence', () => {
  it('a javascript: URL in an imported bundle is shown as text, never as a link', async () => {
    const url = 'javascript:alert(document.domain)';
    const zip = await madeBundle([{ seed: 7, url, author: { profileUrl: 'data:text/html,<script>alert(1)</script>' } }]);
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'verify.html'));
    await page.getByTestId('verify-files').setInputFiles({ name: 'bundel.zip', mimeType: 'application/zip', buffer: zip });
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    await page.getByRole('button', { name: 'Importeer in bewijskluis' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('1 item(s) geïmporteerd'));
    const item = (await readEvidence(session.worker)).items.find((i) => i.metadata.url === url);
    await page.goto(extensionUrl(session, `evidence.html#item=${item.id}`));
    await expect.poll(() => page.getByText(url).count()).toBeGreaterThan(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !/^(https?:|#|blob:chrome-extension:|[\w-]+\.html)/.test(h))).toEqual([]);
    await page.close();
  });
});
