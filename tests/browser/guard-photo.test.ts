import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPhotoRisk } from '../../utils/guard/photo-risk';
import { jpegWithExif } from '../unit/helpers/exif-jpeg';
import { axClick } from './guard-ax';
import { X_EDITOR, X_SEND, dialog, launchGuarded, open as openIn, sent, uploads, xWithPost as xIn } from './guard-setup';
import { type Session, openPopupFor } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launchGuarded();
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

const open = (url: string) => openIn(session, url);
const xWithPost = (text: string) => xIn(session, text);

describe('photo uploads', () => {
  const plain = new Uint8Array(readFileSync('tests/fixtures/images/plain.jpg'));
  const withGps = Buffer.from(jpegWithExif(plain, { gps: [52.0907, 5.1214], serial: 'SN-4471-22', owner: 'Jan de Vries' }));

  it('warns about a photo with GPS and uploads the stripped copy instead', async () => {
    const page = await open('https://mastodon.social/home');
    await page.setInputFiles('input[type="file"]', { name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: withGps });
    await expect.poll(async () => (await dialog(page))?.name).toBe('Deze foto verraadt meer dan je ziet');
    const d = (await dialog(page))!;
    expect(d.text).toContain('GPS-locatie: IMG_0042.jpg: 52.09070, 5.12140');
    expect(d.text).toContain('Serienummer camera: IMG_0042.jpg: SN-4471-22');
    expect(await uploads(page)).toBe(0);
    await axClick(page, 'Gegevens verwijderen en plaatsen');
    await expect.poll(() => uploads(page)).toBe(1);
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
    expect(await uploads(page)).toBe(0);
    await axClick(page, 'Gegevens verwijderen en plaatsen');
    await expect.poll(() => uploads(page)).toBe(1);
    expect((await uploadedRisk(page)).gps).toBeNull();
  });

  it('catches a pasted photo (x.com); Niet plaatsen hands the page nothing, Toch plaatsen the original', async () => {
    const page = await open('https://x.com/home');
    await handOver(page, 'paste', X_EDITOR);
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Naam eigenaar of maker: foto.jpg: Jan de Vries');
    await axClick(page, 'Niet plaatsen');
    expect(await uploads(page)).toBe(0);
    await handOver(page, 'paste', X_EDITOR);
    await expect.poll(() => dialog(page)).not.toBeNull();
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => uploads(page)).toBe(1);
    expect((await uploadedRisk(page)).gps).not.toBeNull();
  });

  it('lets a photo without metadata through without asking', async () => {
    const page = await open('https://x.com/home');
    await page.setInputFiles('[data-testid="fileInput"]', { name: 'plain.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(plain) });
    await expect.poll(() => uploads(page)).toBe(1);
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
