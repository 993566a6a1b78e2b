import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, extensionUrl, launch, openPopupFor, serve } from './harness';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The officer's REAL profile: "Karin Smit" also appears (as a stranger) on the demo news page. */
const realProfile = {
  terms: { ownNames: ['Karin Smit'], partner: [], children: ['Olivier'], family: [], homeStreet: ['Kastanjelaan'],
    homeTown: [], school: [], sportsClub: [], carPlate: [], other: [] },
  personnelNumber: 'AB123',
};
const personaPages = ['social', 'club', 'news', 'register', 'run'];

let session: Session;
let index: Page;
beforeAll(async () => {
  session = await launch();
  await session.worker.evaluate((p) => (globalThis as any).chrome.storage.local.set({ profile: p }), realProfile);
  index = await session.context.newPage();
});
afterAll(async () => {
  await session.close();
});

async function setTrainerMode(on: boolean) {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  const toggle = options.getByRole('switch', { name: /Trainersmodus aan/ });
  await (on ? toggle.check() : toggle.uncheck());
  if (on) await expect.poll(() => options.getByTestId('profile-hidden').isVisible()).toBe(true);
  else await expect.poll(() => options.getByLabel('Eigen namen').inputValue()).toBe('Karin Smit');
  await options.close();
}

async function scanDemo(name: string): Promise<string> {
  await index.bringToFront();
  const item = index.locator(`li[data-page="demo/${name}.html"]`);
  await item.getByRole('button', { name: 'Openen en scannen' }).click();
  await expect.poll(() => item.getByTestId('demo-result').textContent(), { timeout: 20_000 }).toMatch(/Gescand|kan niet/);
  return (await item.getByTestId('demo-result').textContent()) ?? '';
}

async function openReport(): Promise<Page> {
  const report = await session.context.newPage();
  await report.goto(extensionUrl(session, 'report.html'));
  await report.getByRole('heading', { level: 1, name: 'Vindbaarheidsrapport' }).waitFor();
  return report;
}

function sourceScore(report: Page, page: string) {
  return report.locator(`[data-testid="source"][data-url$="/demo/${page}.html"] [data-testid="source-score"]`).getAttribute('data-score');
}

describe('findability training, offline demo', () => {
  it('hides the real profile in trainer mode', async () => {
    await setTrainerMode(true);
    await index.goto(extensionUrl(session, 'demo.html'));
    await expect.poll(() => index.getByRole('heading', { level: 1 }).textContent()).toContain('oefenomgeving');
    expect(await index.locator('body').textContent()).not.toContain('Karin Smit');
  });

  it('scores a page without any persona data zero', async () => {
    expect(await scanDemo('recipe')).toContain('score 0/100');
    const report = await openReport();
    await expect.poll(() => report.getByTestId('total-score').getAttribute('data-level')).toBe('none');
    expect(await report.locator('.score .number').textContent()).toBe('0');
    expect(await sourceScore(report, 'recipe')).toBe('0');
    expect(await report.getByTestId('no-chain').isVisible()).toBe(true);
    await report.close();
  });

  it('scans every demo page and the report shows the chain from name to front door', async () => {
    for (const page of personaPages) expect(await scanDemo(page)).toMatch(/Gescand: \d+ vondsten, [1-9]\d* persoonlijke/);
    const report = await openReport();
    const steps = report.getByTestId('chain').locator('li .piece');
    await expect.poll(() => steps.count()).toBeGreaterThan(2);
    const chain = await steps.allTextContents();
    expect(chain[0]).toBe('Lotte Demodijk');
    expect(chain.at(-1)).toBe('Oefenlaan 7');
    expect(await report.getByTestId('chain').textContent()).toContain('Klusbedrijf Demodijk | Handelsregister');
    const total = Number(await report.locator('.score .number').textContent());
    expect(total).toBeGreaterThanOrEqual(60);
    expect(await report.getByTestId('score-reasons').textContent()).toContain('Keten van naam naar voordeur (Adres) in');
    expect(await sourceScore(report, 'recipe')).toBe('0');
    expect(Number(await sourceScore(report, 'register'))).toBeGreaterThan(0);
    expect(await report.getByTestId('graph').locator('g.node.chain').count()).toBe(chain.length);
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Karin Smit');
    expect(text).not.toContain('Kastanjelaan');
    await report.close();
  });

  it('passes axe-core on the report page', async () => {
    const report = await openReport();
    await report.getByTestId('graph').waitFor();
    // The extension page's CSP refuses addScriptTag's inline script; evaluating the file's source is not subject to it.
    await report.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await report.evaluate(async () => (await (window as any).axe.run(document)).violations);
    expect(violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    await report.close();
  });
});
