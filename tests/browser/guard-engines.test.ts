import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axClick } from './guard-ax';
import { type Engine, engines, model } from './engine-pages';
import { dialog, launchGuarded, open, sent } from './guard-setup';
import type { Session } from './harness';

// The guard on composers built with the real editor engines: what counts is what the page SENDS,
// which each fixture reads from its engine's model (tests/fixtures/engines/).
const LINES = [
  'Hoi @politie_utrecht 👋 ik woon op Dorpsstraat 12, 1234 AB Ons Dorp',
  'Mila en Daantje zitten op De Regenboog 🎒 #trots',
  'Zie https://example.org/agenda of bel 06-12345678 😊',
];
const FOUND = ['Dorpsstraat 12', '1234 AB', 'Mila', 'Daantje', 'De Regenboog', '06-12345678'];
const masked = (text: string) => FOUND.reduce((t, f) => t.replaceAll(f, '•••'), text);

let session: Session;
beforeAll(async () => {
  session = await launchGuarded({ engines: true });
});
afterAll(async () => {
  expect(session.unexpected).toEqual([]);
  await session.close();
});

const sentTexts = async (page: Page) => (await sent(page)).map((s) => s.text);

async function write(page: Page, e: Engine, lines: readonly string[]): Promise<void> {
  await page.click(e.editor);
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function send(page: Page, e: Engine, how: 'button' | 'key' = e.button ? 'button' : 'key'): Promise<void> {
  if (how === 'button') await page.click(e.button!);
  else { await page.focus(e.editor); await page.keyboard.press(e.key!.press); }
}

async function heldThenFixed(page: Page, e: Engine): Promise<void> {
  await send(page, e);
  await expect.poll(() => dialog(page)).not.toBeNull();
  await axClick(page, 'Gegevens weglaten');
  await expect.poll(() => dialog(page), { timeout: 5000 }).toBeNull();
}

describe.each(engines)('composer guard on $name', (e) => {
  it('lets a clean post go out with no dialog', async () => {
    const page = await open(session, e.url);
    await write(page, e, ['Mooie dag vandaag 🌞, op naar het strand!']);
    await send(page, e);
    await expect.poll(() => sentTexts(page)).toHaveLength(1);
    expect((await sentTexts(page))[0]!.trim()).toBe('Mooie dag vandaag 🌞, op naar het strand!');
    expect(await dialog(page)).toBeNull();
  });

  it('holds a post at send; Toch plaatsen sends it once, unchanged', async () => {
    const page = await open(session, e.url);
    await write(page, e, [LINES[0]!]);
    const before = await model(page, e);
    await send(page, e);
    await expect.poll(async () => (await dialog(page))?.text ?? '').toContain('Dorpsstraat 12');
    expect(await sent(page)).toEqual([]);
    await axClick(page, 'Toch plaatsen');
    await expect.poll(() => sentTexts(page)).toEqual([before]);
    await page.waitForTimeout(200);
    expect(await sentTexts(page)).toEqual([before]);
  });

  it('Gegevens weglaten on one line: the model sends the masked text and nothing else changed', async () => {
    const page = await open(session, e.url);
    await write(page, e, [LINES[1]!]);
    const before = await model(page, e);
    await heldThenFixed(page, e);
    await send(page, e);
    await expect.poll(() => sentTexts(page)).toEqual([masked(before)]);
  });

  if (e.multiline) it('Gegevens weglaten on three paragraphs with emoji, a mention and a link: exact', async () => {
    const page = await open(session, e.url);
    await write(page, e, LINES);
    const before = await model(page, e);
    expect(before.replace(/\n+/g, '\n').trim()).toBe(LINES.join('\n'));
    await heldThenFixed(page, e);
    expect(await model(page, e)).toBe(masked(before));
    await send(page, e);
    await expect.poll(() => sentTexts(page)).toEqual([masked(before)]);
  });

  if (e.key) it('holds on the send key; after the fix the key sends the fixed text', async () => {
    const page = await open(session, e.url);
    await write(page, e, [LINES[2]!]);
    const before = await model(page, e);
    await send(page, e, 'key');
    await expect.poll(() => dialog(page)).not.toBeNull();
    expect(await sent(page)).toEqual([]);
    await axClick(page, 'Gegevens weglaten');
    await expect.poll(() => dialog(page), { timeout: 5000 }).toBeNull();
    await send(page, e, 'key');
    await expect.poll(() => sent(page)).toEqual([expect.objectContaining({ text: masked(before), via: e.key!.via })]);
  });

  it('undo after the fix brings the data back: the next send is held again', async () => {
    const page = await open(session, e.url);
    await write(page, e, [LINES[1]!]);
    // The officer reads the dialog first: editors group an undo step with what was typed just before.
    await page.waitForTimeout(1100);
    await heldThenFixed(page, e);
    await page.focus(e.editor);
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page, e)).toContain('Mila');
    await send(page, e);
    await expect.poll(() => dialog(page)).not.toBeNull();
    expect(await sent(page)).toEqual([]);
  });
});

describe('a fix the page does not take is never reported as done', () => {
  const cases = [
    { name: 'Draft.js ignores the edit', engine: engines[0]!, query: '?refuse' },
    { name: 'Lexical ignores the edit', engine: engines[1]!, query: '?refuse' },
    { name: 'Draft.js never sees the paste (the DOM is edited, its model is not asked)', engine: engines[0]!, query: '?nopaste' },
  ];
  it.each(cases)('$name: the dialog says so, offers Aanpassen, and nothing is sent', async ({ engine: e, query }) => {
    const page = await open(session, e.url + query);
    await write(page, e, LINES);
    await send(page, e);
    await expect.poll(() => dialog(page)).not.toBeNull();
    await axClick(page, 'Gegevens weglaten');
    await expect.poll(async () => (await dialog(page))?.text ?? '', { timeout: 5000 }).toContain('Het weglaten is niet gelukt');
    const held = (await dialog(page))!;
    expect(held.buttons.map((b) => b.name)).toEqual(['Aanpassen', 'Toch plaatsen', 'Niet op deze site']);
    await axClick(page, 'Aanpassen');
    await expect.poll(() => dialog(page)).toBeNull();
    await send(page, e);
    await expect.poll(() => dialog(page)).not.toBeNull();
    expect(await sent(page)).toEqual([]);
  });
});
