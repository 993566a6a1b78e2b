import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ClosedShadow } from './closed-shadow';
import { type Session, extensionUrl, launch, openPopupFor, serve, uiTagOf } from './harness';
import { setProfile } from './profile-helpers';

/** The officer's REAL profile: "Karin Smit" also appears (as a stranger) on the demo news page. */
const realProfile = {
  terms: { ownNames: ['Karin Smit'], partner: [], children: ['Olivier'], family: [], homeStreet: ['Kastanjelaan'],
    homeTown: [], school: [], sportsClub: [], carPlate: [], other: [] },
  personnelNumber: 'AB123',
};
const personaPages = ['social', 'club', 'news', 'register', 'run'];
const officerPage = `<!doctype html><html lang="nl"><head><title>Karin Smit | Facebook</title></head><body>
<h1>Karin Smit</h1><p>Trotse moeder van <b>Oli</b>vier. Bel me: 06-12345678</p></body></html>`;

let session: Session;
let index: Page;
beforeAll(async () => {
  session = await launch();
  await setProfile(session, realProfile);
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
    expect(await axeViolations(report)).toEqual([]);
    await report.close();
  });

  it('scans a web page from the popup on the officer\'s own data, without writing any term into the page', async () => {
    await setTrainerMode(false);
    await serve(session.context, 'https://www.facebook.com/**', officerPage);
    const site = await session.context.newPage();
    await site.goto('https://www.facebook.com/karin.smit.9');
    // The composer guard's own UI host may appear at any moment on facebook.com: compare the page without it.
    const tag = await uiTagOf(session);
    const withoutGuard = () => site.evaluate((name) => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll(name).forEach((el) => el.remove());
      return clone.outerHTML;
    }, tag);
    const before = await withoutGuard();
    const popup = await openPopupFor(session, site);
    await popup.getByRole('button', { name: 'Scan deze pagina' }).click();
    await expect.poll(() => popup.getByTestId('scan-result').textContent(), { timeout: 20_000 }).toContain('2 daarvan uit je eigen profiel');
    const after = await site.evaluate((name) => {
      const host = document.querySelector(name);
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll(name).forEach((el) => el.remove());
      return { host: !!host, open: host?.shadowRoot !== null, html: clone.outerHTML, full: document.documentElement.outerHTML };
    }, tag);
    expect(after).toMatchObject({ host: true, open: false, html: before });
    expect(after.full).not.toMatch(/Kastanjelaan|AB123/);
    const shadow = await ClosedShadow.attach(site);
    expect(await shadow.find('heading', 'Schildwacht-scan (je eigen gegevens)')).toHaveLength(1);
    await shadow.click((await shadow.find('button', 'Markeringen weghalen'))[0]!);
    await expect.poll(() => site.evaluate((name) => !!document.querySelector(name), tag)).toBe(false);

    const report = await openReport();
    await expect.poll(() => report.getByTestId('report-mode').textContent()).toContain('Je eigen gegevens');
    const source = report.locator('[data-testid="source"][data-url^="https://www.facebook.com/"]');
    await expect.poll(() => source.textContent()).toContain('Karin Smit');
    expect(await source.textContent()).toContain('Olivier');
    expect(await source.textContent()).toContain('Sociaal medium');
    expect(await report.locator('[data-testid="source"]').count()).toBe(1);
    await report.close();
    await popup.close();
    await site.close();
  });

  it('guided self-search composes searches without a request, opens one on click and scans what opened', async () => {
    const search = await session.context.newPage();
    await search.goto(extensionUrl(session, 'selfsearch.html'));
    const term = search.getByRole('checkbox', { name: 'Karin Smit' });
    await term.waitFor();
    expect(await search.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([false, false, false]);
    expect(await search.getByTestId('searches').count()).toBe(0);
    await term.check();
    const facebook = search.getByRole('button', { name: 'Zoek op Facebook' });
    expect(await facebook.getAttribute('data-url')).toBe('https://www.facebook.com/search/top?q=Karin%20Smit');
    expect(await search.getByRole('button', { name: /^Zoek op / }).count()).toBeGreaterThan(10);
    expect(session.unexpected).toEqual([]);
    const [opened] = await Promise.all([session.context.waitForEvent('page'), facebook.click()]);
    const wanted = 'https://www.facebook.com/search/top?q=Karin%20Smit';
    const tabUrls = () => session.worker.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as { url?: string }[]).map((t) => t.url));
    await expect.poll(tabUrls).toContain(wanted);
    // A tab the extension opens can start loading before Playwright routes it; load it again through the fixture route.
    if (opened.url() !== wanted) await opened.goto(wanted);
    await search.getByRole('button', { name: 'Scan dit tabblad' }).click();
    await expect.poll(() => search.locator('.opened li').textContent(), { timeout: 20_000 }).toContain('Gescand');
    expect(await search.locator('.opened li').textContent()).toContain('2 persoonlijke termen');
    await opened.close();
    await search.close();
  });

  it('back in trainer mode, the report shows the persona only, never the officer\'s own scan', async () => {
    await setTrainerMode(true);
    const report = await openReport();
    await expect.poll(() => report.getByTestId('report-mode').textContent()).toContain('Lotte Demodijk');
    await report.getByTestId('chain').waitFor();
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/Karin Smit|Olivier|facebook/);
    expect(await report.locator('[data-testid="source"]').count()).toBe(personaPages.length + 1);
    await report.close();
    expect(session.unexpected).toEqual([]);
  });
});
