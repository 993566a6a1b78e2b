/**
 * Writes tests/fixtures/images/plain.jpg: a small JPEG without any metadata, encoded by Chromium
 * from a canvas drawing. Tests add EXIF to it themselves (tests/unit/helpers/exif-jpeg.ts).
 * Run once: `npx tsx tests/tools/make-plain-jpeg.ts`.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const dataUrl = await page.evaluate(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#2a6f97';
  g.fillRect(0, 0, 64, 48);
  g.fillStyle = '#f4a261';
  g.fillRect(16, 12, 32, 24);
  return canvas.toDataURL('image/jpeg', 0.8);
});
await browser.close();
writeFileSync('tests/fixtures/images/plain.jpg', Buffer.from(dataUrl.split(',')[1]!, 'base64'));
console.log('wrote tests/fixtures/images/plain.jpg');
