import { launchGuarded, dialog } from './browser/guard-setup';
import { axClick } from './browser/guard-ax';
const s = await launchGuarded({ engines: true });
const page = await s.context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('https://x.com/home' + (process.argv[2] ?? '?nopaste'));
await page.waitForSelector('schildwacht-guard', { state: 'attached' });
await page.click('[data-testid="tweetTextarea_0"]');
const lines = ['Hoi @politie_utrecht 👋 ik woon op Dorpsstraat 12, 1234 AB Ons Dorp', 'Mila en Daantje zitten op De Regenboog 🎒 #trots', 'Zie https://example.org/agenda of bel 06-12345678 😊'];
for (const [i, l] of lines.entries()) { if (i) await page.keyboard.press('Enter'); await page.keyboard.type(l); }
await page.click('[data-testid="tweetButtonInline"]');
await page.waitForTimeout(300);
await axClick(page, 'Gegevens weglaten');
await page.waitForTimeout(1500);
console.log((await dialog(page))?.text);
console.log('DOM  :', JSON.stringify(await page.innerText('[data-testid="tweetTextarea_0"]')));
console.log('MODEL:', JSON.stringify(await page.evaluate(() => (window as any).__model.post())));
await s.close();
