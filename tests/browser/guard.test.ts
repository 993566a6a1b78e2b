import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPhotoRisk } from '../../utils/guard/photo-risk';
import { jpegWithExif } from '../unit/helpers/exif-jpeg';
import { activeElement, axClick, axFind, markBoxes } from './guard-ax';
import { type Session, launch, openPopupFor, serve } from './harness';

const fixture = (name: string) => readFileSync(`tests/fixtures/sites/${name}-composer.html`, 'utf8');
const terms = { ownNames: ['Jan de Vries'], partner: [], children: ['Mila', 'Daantje'], family: [], homeStreet: ['Lindelaan'],
  homeTown: [], school: ['De Regenboog'], sportsClub: [], carPlate: [], other: [] };
const allTerms = Object.values(terms).flat();

let session: Session;
beforeAll(async () => {
  session = await launch();
  await session.worker.evaluate((t) => (globalThis as any).chrome.storage.local.set({ profile: { terms: t, personnelNumber: '' } }), terms);
  for (const [host, name] of [['x.com', 'x'], ['mastodon.social', 'mastodon'], ['www.facebook.com', 'facebook'], ['bsky.app', 'bluesky'], ['www.linkedin.com', 'linkedin']]) {
    await serve(session.context, `https://${host}/**`, fixture(name!));
  }
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForSelector('schildwacht-guard', { state: 'attached' });
  return page;
}

const sent = (page: Page) => page.evaluate(() => (window as any).__sent as { text: string; via: string }[]);
const dialog = (page: Page) => axFind(page, 'alertdialog');
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const X_SEND = '[data-testid="tweetButtonInline"]';

async function xWithPost(text: string): Promise<Page> {
  const page = await open('https://x.com/home');
  await page.click(X_EDITOR);
  await page.keyboard.type(text);
  return page;
}

/** The page's own HTML, minus the composer: where the officer's terms must never show up. */
const outsideComposer = (page: Page, composer: string) =>
  page.evaluate((sel) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(sel).forEach((el) => el.remove());
    return clone.outerHTML;
  }, composer);

describe('composer guard on x.com (Draft.js replica)', () => {
  it('lets a clean post through untouched to the page\'s own send handler', async () => {
    const page = await xWithPost('Mooie dag vandaag, op naar het strand!');
    await page.click(X_SEND);
    expect(await sent(page)).toEqual([{ text: 'Mooie dag vandaag, op naar het strand!', via: 'button' }]);
    expect(await dialog(page)).toBeNull();
  });

  it('shows a quiet count while typing without touching the editor\'s DOM', async () => {
    const page = await xWithPost('Bel me op 06-12345678, ik woon op Kerkstraat 3');
    const before = await page.innerHTML(X_EDITOR);
    await expect.poll(async () => (await axFind(page, 'status'))?.text).toBe('2 gevoelige gegevens');
    await page.keyboard.type(' met Mila');
    await expect.poll(async () => (await axFind(page, 'status'))?.text).toBe('3 gevoelige gegevens');
    expect(await page.innerHTML(X_EDITOR)).toBe(before.replace('Kerkstraat 3', 'Kerkstraat 3 met Mila'));
    const phone = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('[data-testid="tweetTextarea_0"]')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('06-12345678');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 11);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    });
    const marks = await markBoxes(page);
    expect(marks).toHaveLength(3);
    expect(marks.some((m) => Math.abs(m.x - phone!.x) < 2 && Math.abs(m.y - phone!.y) < 3 && Math.abs(m.width - phone!.width) < 2)).toBe(true);
  });

  it('marks findings in a plain textarea through a mirror, inside the textarea\'s box', async () => {
    const page = await open('https://mastodon.social/home');
    await page.click('textarea');
    await page.keyboard.type('Wij wonen op Lindelaan 14, zeg het niet door');
    await expect.poll(async () => (await markBoxes(page)).length).toBe(2);
    const box = (await page.locator('textarea').boundingBox())!;
    for (const m of await markBoxes(page)) {
      expect(m.x).toBeGreaterThanOrEqual(box.x);
      expect(m.x + m.width).toBeLessThanOrEqual(box.x + box.width);
      expect(m.y).toBeGreaterThanOrEqual(box.y);
      expect(m.height).toBeGreaterThan(10);
    }
  });

  it('holds a post with a phone number and an address; Aanpassen sends nothing and returns to the text', async () => {
    const page = await xWithPost('Bel me op 06-12345678, ik woon op Lindelaan 14');
    await page.click(X_SEND);
    await expect.poll(async () => (await dialog(page))?.name).toBe('Dit bericht maakt jou of anderen vindbaar');
    const held = (await dialog(page))!;
    expect(held.text).toContain('Telefoonnummer: 06-12345678');
    expect(held.text).toContain('Adres: Lindelaan 14');
    expect(held.buttons.map((b) => b.name)).toEqual(['Aanpassen', 'Gegevens weglaten', 'Toch plaatsen', 'Niet op deze site']);
    await axClick(page, 'Aanpassen');
    expect(await dialog(page)).toBeNull();
    expect(await activeElement(page)).toContain('tweetTextarea_0');
    await page.keyboard.type(' (adres weg)');
    expect(await page.innerText(X_EDITOR)).toContain('(adres weg)');
    expect(await sent(page)).toEqual([]);
  });

  it('Escape works as Aanpassen; Toch plaatsen then sends the post unchanged, once', async () => {
    const page = await xWithPost('Bel me op 06-12345678, ik woon op Lindelaan 14');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await dialog(page)).toBeNull();
    await page.click(X_SEND);
    await expect.poll(() => dialog(page)).not.toBeNull();
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => sent(page)).toEqual([{ text: 'Bel me op 06-12345678, ik woon op Lindelaan 14', via: 'button' }]);
  });

  it('the fix masks the findings in the editor the way it accepts, and the post can then be sent', async () => {
    const page = await xWithPost('Mila en Daantje spelen op de Lindelaan 14, bel 06-12345678');
    await page.click(X_SEND);
    await expect.poll(() => dialog(page)).not.toBeNull();
    const outside = await outsideComposer(page, X_EDITOR);
    expect(allTerms.filter((term) => outside.includes(term))).toEqual([]);
    await axClick(page, 'Gegevens weglaten');
    await expect.poll(() => page.innerText(X_EDITOR)).toBe('••• en ••• spelen op de •••, bel •••');
    expect(await dialog(page)).toBeNull();
    await page.click(X_SEND);
    expect(await sent(page)).toEqual([{ text: '••• en ••• spelen op de •••, bel •••', via: 'button' }]);
  });

  it('holds an obfuscated number typed fast and sent with Ctrl+Enter', async () => {
    const page = await open('https://x.com/home');
    await page.click(X_EDITOR);
    await page.keyboard.type('app me: nul 6 - 1 2 . 3 4 . 5 6 . 7 8', { delay: 5 });
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Telefoonnummer');
    expect(await sent(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('Telefoonnummer'))).toBe(false);
  });
});

describe('composer guard on other platforms', () => {
  it('mastodon.social: clean toot passes, a toot with findings is held on submit and on Ctrl+Enter', async () => {
    const page = await open('https://mastodon.social/home');
    await page.fill('textarea', 'Goedemorgen allemaal');
    await page.click('button[type="submit"]');
    expect(await sent(page)).toEqual([{ text: 'Goedemorgen allemaal', via: 'submit' }]);
    await page.fill('textarea', 'Mijn nummer: +31 6 1234 5678');
    await page.click('button[type="submit"]');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('+31 6 1234 5678');
    await axClick(page, 'Toch plaatsen');
    await page.fill('textarea', 'Postcode 3512 AB, Lindelaan 14');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page)).not.toBeNull();
    await axClick(page, 'Gegevens weglaten');
    expect(await page.inputValue('textarea')).toBe('Postcode •••, •••');
    await page.keyboard.press('Control+Enter');
    expect(await sent(page)).toEqual([
      { text: 'Goedemorgen allemaal', via: 'submit' },
      { text: 'Mijn nummer: +31 6 1234 5678', via: 'submit' },
      { text: 'Postcode •••, •••', via: 'mod-enter' },
    ]);
  });

  it('facebook.com: a comment sent with Enter is held; Toch plaatsen lets that Enter through', async () => {
    const page = await open('https://www.facebook.com/');
    const comment = '[aria-label="Schrijf een reactie…"]';
    await page.click(comment);
    await page.keyboard.type('Daantje zit op De Regenboog');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Uit je eigen profiel: Daantje');
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => sent(page)).toEqual([{ text: 'Daantje zit op De Regenboog', via: 'enter', box: 'Schrijf een reactie…' }]);
    await page.click(comment);
    await page.keyboard.type('Top!');
    await page.keyboard.press('Enter');
    expect((await sent(page)).at(-1)).toEqual({ text: 'Top!', via: 'enter', box: 'Schrijf een reactie…' });
  });

  it('bsky.app: the ProseMirror-like composer is held and fixed', async () => {
    const page = await open('https://bsky.app/');
    await page.click('.ProseMirror');
    await page.keyboard.type('Mail me: jan [at] ziggo [dot] nl');
    await page.click('[data-testid="composerPublishBtn"]');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('E-mailadres');
    await axClick(page, 'Gegevens weglaten');
    await page.click('[data-testid="composerPublishBtn"]');
    expect(await sent(page)).toEqual([{ text: 'Mail me: •••', via: 'button' }]);
  });

  it('linkedin.com: a share disclosing police work is held; Niet op deze site switches the guard off for that host only', async () => {
    const page = await open('https://www.linkedin.com/feed/');
    await page.click('.share-box .ql-editor');
    await page.keyboard.type('Ik werk bij de politie als wijkagent in Lombok');
    await page.click('.share-actions__primary-action');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Werk bij de politie');
    await axClick(page, 'Niet op deze site');
    await expect.poll(() => dialog(page)).toBeNull();
    const stored = await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect(stored.settings.guardOffHosts).toEqual(['www.linkedin.com']);
    await page.click('.share-actions__primary-action');
    expect(await sent(page)).toEqual([{ text: 'Ik werk bij de politie als wijkagent in Lombok', via: 'button' }]);
    await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { guardOffHosts: [] } }));
  });
});

describe('photo uploads', () => {
  const plain = new Uint8Array(readFileSync('tests/fixtures/images/plain.jpg'));
  const withGps = Buffer.from(jpegWithExif(plain, { gps: [52.0907, 5.1214], serial: 'SN-4471-22', owner: 'Jan de Vries' }));

  it('warns about a photo with GPS and uploads the stripped copy instead', async () => {
    const page = await open('https://mastodon.social/home');
    const uploads = () => page.evaluate(() => (window as any).__uploads.length as number);
    await page.setInputFiles('input[type="file"]', { name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: withGps });
    await expect.poll(async () => (await dialog(page))?.name).toBe('Deze foto verraadt meer dan je ziet');
    const d = (await dialog(page))!;
    expect(d.text).toContain('GPS-locatie: IMG_0042.jpg: 52.09070, 5.12140');
    expect(d.text).toContain('Serienummer camera: IMG_0042.jpg: SN-4471-22');
    expect(await uploads()).toBe(0);
    await axClick(page, 'Gegevens verwijderen en plaatsen');
    await expect.poll(uploads).toBe(1);
    const file = await page.evaluate(async () => {
      const f = (window as any).__uploads[0] as File;
      const bitmap = await createImageBitmap(f);
      return { name: f.name, type: f.type, width: bitmap.width, bytes: Array.from(new Uint8Array(await f.arrayBuffer())) };
    });
    expect(file).toMatchObject({ name: 'IMG_0042.jpg', type: 'image/jpeg', width: 64 });
    expect(await readPhotoRisk(Uint8Array.from(file.bytes))).toEqual({ gps: null, serial: null, owner: null, orientation: 1 });
  });

  const handOver = (page: Page, kind: 'drop' | 'paste', selector: string) =>
    page.evaluate(([bytes, kind, selector]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes as number[])], 'foto.jpg', { type: 'image/jpeg' }));
      const init = { bubbles: true, cancelable: true, composed: true };
      document.querySelector(selector as string)!.dispatchEvent(kind === 'drop'
        ? new DragEvent('drop', { ...init, dataTransfer: dt })
        : new ClipboardEvent('paste', { ...init, clipboardData: dt }));
    }, [Array.from(withGps), kind, selector] as const);
  const uploadedRisk = async (page: Page) => {
    const bytes = await page.evaluate(async () => Array.from(new Uint8Array(await ((window as any).__uploads[0] as File).arrayBuffer())));
    return readPhotoRisk(Uint8Array.from(bytes));
  };

  it('catches a photo dropped on the composer (bsky.app) and hands the page the cleaned copy', async () => {
    const page = await open('https://bsky.app/');
    await handOver(page, 'drop', '.ProseMirror');
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('GPS-locatie: foto.jpg');
    expect(await page.evaluate(() => (window as any).__uploads.length)).toBe(0);
    await axClick(page, 'Gegevens verwijderen en plaatsen');
    await expect.poll(() => page.evaluate(() => (window as any).__uploads.length)).toBe(1);
    expect((await uploadedRisk(page)).gps).toBeNull();
  });

  it('catches a pasted photo (x.com); Niet plaatsen hands the page nothing, Toch plaatsen the original', async () => {
    const page = await open('https://x.com/home');
    await handOver(page, 'paste', X_EDITOR);
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Naam eigenaar of maker: foto.jpg: Jan de Vries');
    await axClick(page, 'Niet plaatsen');
    expect(await page.evaluate(() => (window as any).__uploads.length)).toBe(0);
    await handOver(page, 'paste', X_EDITOR);
    await expect.poll(() => dialog(page)).not.toBeNull();
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => page.evaluate(() => (window as any).__uploads.length)).toBe(1);
    expect((await uploadedRisk(page)).gps).not.toBeNull();
  });

  it('lets a photo without metadata through without asking', async () => {
    const page = await open('https://x.com/home');
    await page.setInputFiles('[data-testid="fileInput"]', { name: 'plain.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(plain) });
    await expect.poll(() => page.evaluate(() => (window as any).__uploads.length)).toBe(1);
    expect(await dialog(page)).toBeNull();
  });
});

describe('popup switch', () => {
  it('switches the guard off and on again for the site in the tab', async () => {
    const page = await xWithPost('bel 06-12345678');
    const popup = await openPopupFor(session, page);
    const box = popup.getByLabel('Waarschuwen bij plaatsen op deze site');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => (await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'))).settings?.guardOffHosts).toEqual(['x.com']);
    await page.bringToFront();
    await page.click(X_SEND);
    expect(await sent(page)).toEqual([{ text: 'bel 06-12345678', via: 'button' }]);
    await box.check();
    await expect.poll(async () => (await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'))).settings?.guardOffHosts).toEqual([]);
    await page.click(X_EDITOR);
    await page.keyboard.type('bel 06-12345678');
    await page.click(X_SEND);
    await expect.poll(() => dialog(page)).not.toBeNull();
  });
});
