import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { X_POST, X_URL, captureConfirmed, downloadExport, fixture, itemFor, serveReplicas } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { type Session, extensionUrl, launch } from './harness';

// The threat captured from the X thread; its own page is served as the check asks for it.
const PERMALINK = 'https://x.com/b0ze_burger92/status/1876549999000011111';
let session: Session;
let locker: Page;
let itemId: string;
let postPage = 'x-thread.html';
let work = '';
const requests: string[] = [];
// Ten days ago: old enough for the default reminder after 7 days, young enough for one after 30.
const NOTICE_DATE = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  session = await launch();
  await serveReplicas(session);
  await session.context.route(PERMALINK, (r) => { requests.push(r.request().url()); return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(postPage) }); });
  await captureConfirmed(session, X_URL, X_POST, 1);
  itemId = (await itemFor(session, PERMALINK)).item.id;
  locker = await session.context.newPage();
  await locker.goto(extensionUrl(session, `evidence.html#item=${itemId}`));
  await locker.getByRole('heading', { name: 'Verwijderen opvolgen' }).waitFor();
}, 120_000);
afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const custody = async () => (await readEvidence(session.worker)).custody.filter((e: { itemId: string }) => e.itemId === itemId);
const checkOnce = async () => {
  await locker.getByRole('button', { name: 'Controleer of het nog online staat' }).click();
  const result = locker.locator('[data-check]');
  await result.waitFor({ timeout: 45_000 });
  return { result: await result.getAttribute('data-check'), text: await result.textContent() };
};

describe('takedown follow-up in the locker', () => {
  it('records a notice and a status change, each in the custody log and the timeline', async () => {
    expect(requests).toEqual([]); // nothing is checked before the officer clicks
    await locker.getByText('Melding vastleggen', { exact: true }).first().click();
    await locker.getByLabel('Datum van de melding').fill(NOTICE_DATE);
    await locker.getByLabel('Kenmerk van het platform').fill('X-REF-88231');
    await locker.getByRole('button', { name: 'Melding vastleggen' }).click();
    await locker.getByText('Melding vastgelegd.', { exact: true }).waitFor();
    await locker.getByLabel('Status van de melding van X').selectOption('in-behandeling');
    await expect.poll(async () => (await custody()).map((e: { action: string }) => e.action)).toEqual(['capture', 'notice', 'notice']);
    const [, added, changed] = await custody();
    expect(added.detail).toContain(`: ${NOTICE_DATE}, X,`);
    expect(added.detail).toMatch(/^melding [0-9a-f-]{36}: \d{4}-\d{2}-\d{2}, X, melding DSA art\. 16, kenmerk X-REF-88231, status gemeld$/);
    expect(changed.detail).toMatch(/: status gemeld -> in-behandeling$/);
    await expect.poll(() => locker.locator('ol.timeline li').allTextContents()).toEqual([
      expect.stringContaining(`Melding ${NOTICE_DATE} (X, Melding aan het platform (DSA art. 16), kenmerk X-REF-88231): gemeld`),
      expect.stringContaining('Status van de melding bij X: in behandeling'),
    ]);
  });

  it('checks on a click: the post, then the platform\'s removed page, then a login wall', async () => {
    const tabs = () => session.context.pages().length;
    const before = tabs();
    expect(await checkOnce()).toEqual({ result: 'online', text: expect.stringContaining('staat nog online (het bericht staat er nog (bericht-id 1876549999000011111))') });
    expect(tabs()).toBe(before + 1); // the check's tab stays open for a capture
    postPage = 'x-removed.html';
    expect(await checkOnce()).toMatchObject({ result: 'verwijderd', text: expect.stringContaining('deze pagina bestaat niet') });
    postPage = 'x-login.html';
    expect(await checkOnce()).toMatchObject({ result: 'onbekend', text: expect.stringContaining('inlogscherm') });
    expect(requests).toHaveLength(3);
    const checks = (await custody()).filter((e: { action: string }) => e.action === 'online-check');
    expect(checks.map((e: { detail: string }) => e.detail.replace(/^online-controle [0-9a-f-]{36}: /, ''))).toEqual([
      'online (het bericht staat er nog (bericht-id 1876549999000011111))',
      'verwijderd (het platform toont dat het bericht weg is: "deze pagina bestaat niet")',
      'onbekend (inlogscherm: "Inloggen bij X")',
    ]);
  }, 180_000);

  it('lists the notice to follow up: older than the chosen days, the post online or unknown', async () => {
    await locker.reload();
    const reminder = locker.locator(`[data-reminder="${itemId}"]`);
    // Reported ten days ago, last check a login wall.
    await expect.poll(() => reminder.textContent()).toBe(`Boze Burger — gemeld op ${NOTICE_DATE} bij X (in behandeling); laatste controle: niet vast te stellen (${new Date().toISOString().slice(0, 10)})`);
    await locker.getByLabel('Herinneren na (dagen)').fill('30');
    await locker.getByLabel('Herinneren na (dagen)').dispatchEvent('change');
    await locker.getByText('Geen meldingen om op te volgen.').waitFor();
    await locker.getByLabel('Herinneren na (dagen)').fill('7');
    await locker.getByLabel('Herinneren na (dagen)').dispatchEvent('change');
    await reminder.waitFor();
    await locker.getByLabel('Status van de melding van X').selectOption('verwijderd');
    await locker.getByText('Geen meldingen om op te volgen.').waitFor();
  });

  it('captures a post that is still online again in one click, linked to the first capture', async () => {
    postPage = 'x-thread.html';
    expect((await checkOnce()).result).toBe('online');
    await locker.getByRole('button', { name: 'Opnieuw vastleggen' }).click();
    await locker.getByText('Opnieuw vastgelegd als nieuw item, gekoppeld aan dit item.').waitFor({ timeout: 45_000 });
    const href = await locker.getByRole('link', { name: 'Open het nieuwe item' }).getAttribute('href');
    const newId = /#item=([0-9a-f-]{36})/.exec(href ?? '')![1]!;
    const dump = await readEvidence(session.worker);
    const fresh = dump.items.find((i: { id: string }) => i.id === newId);
    expect(fresh.metadata.url).toBe(PERMALINK);
    const log = (id: string) => dump.custody.filter((e: { itemId: string }) => e.itemId === id);
    expect(log(newId).map((e: { action: string }) => e.action)).toEqual(['capture', 'recapture']);
    expect(log(newId)[0].detail).toMatch(/^vastgelegd via online-check;/);
    expect(log(newId)[1].detail).toBe(`opnieuw vastgelegd na online-controle van item ${itemId} (eerste vastlegging)`);
    expect(log(itemId).at(-1).detail).toBe(`opnieuw vastgelegd na online-controle: item ${newId}`);
  }, 120_000);

  it('goes into the bundle, and both verifiers list the notice and every check as backed by the custody log', async () => {
    work = mkdtempSync(join(tmpdir(), 'sw-takedown-'));
    await locker.goto(extensionUrl(session, 'evidence.html'));
    await downloadExport(locker, join(work, 'bundle.zip'));
    execFileSync('unzip', ['-q', join(work, 'bundle.zip'), '-d', join(work, 'out')]);
    const lines = async (page: Page) => {
      await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
      return page.locator('[data-takedown]').evaluateAll((li) => li.map((l) => [l.getAttribute('data-takedown'), l.textContent]));
    };
    const expected = [
      ['notice', expect.stringMatching(/X, melding DSA art\. 16, kenmerk X-REF-88231; status: gemeld → in-behandeling → verwijderd\. In het logboek/)],
      ...['online', 'verwijderd', 'onbekend', 'online'].map((result) => ['check', expect.stringMatching(new RegExp(`\\(UTC\\): ${result} \\(`))]),
    ];
    // The case manager's offline verify.html, opened from the unzipped folder.
    await session.context.route(`file://${work}/**`, (r) => r.continue());
    const page = await session.context.newPage();
    await page.goto(`file://${join(work, 'out', 'verify.html')}`);
    await page.locator('#pick-folder').setInputFiles(join(work, 'out'));
    const offline = await lines(page);
    expect(offline).toEqual(expected);
    // The extension's own verify page, given the ZIP.
    await page.goto(extensionUrl(session, 'verify.html'));
    await page.getByTestId('verify-files').setInputFiles(join(work, 'bundle.zip'));
    expect(await lines(page)).toEqual(offline);
    await page.close();
  }, 120_000);
});
