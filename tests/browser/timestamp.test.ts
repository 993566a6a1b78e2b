import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTimestamper } from '../../utils/bundle/timestamp/request';
import { madeBundle } from '../support/forged-bundle';
import { type LocalTsa, nodePost, startLocalTsa } from '../support/local-tsa';
import { joinZips, zipBomb } from '../support/zip-forge';
import { MASTODON_POST, MASTODON_URL, X_POST, X_URL, captureConfirmed, downloadExport, serveReplicas } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { type Session, extensionUrl, launch } from './harness';

let session: Session;
let work: string;
let tsa: LocalTsa;
let forger: LocalTsa;
const caPrint = () => createHash('sha256').update(Buffer.from(tsa.caPem.replace(/-----[^-]+-----|\s/g, ''), 'base64')).digest('hex');
const genuineZip = () => join(work, 'genuine.zip');
const genuineDir = () => join(work, 'genuine');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sw-tsa-'));
  [tsa, forger] = await Promise.all([startLocalTsa(), startLocalTsa()]);
  session = await launch();
  await serveReplicas(session);
  // The organisation's TSA (a local `openssl ts`); requests to it pass, from pages and the service worker.
  await session.context.route(`${tsa.url}**`, (r) => r.continue());
  await session.context.route(`file://${work}/**`, (r) => r.continue());
  await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({
    profile: { terms: { ownNames: [], partner: [], children: [], family: [], homeStreet: [], homeTown: [], school: [], sportsClub: [], carPlate: [], other: [] }, personnelNumber: '' },
  }));
}, 60_000);
afterAll(async () => {
  await session?.close();
  await Promise.all([tsa?.close(), forger?.close()]);
  rmSync(work, { recursive: true, force: true });
});


const custodyOf = async (permalinkPart: string) => {
  const dump = await readEvidence(session.worker);
  const item = dump.items.find((i) => i.metadata.url.includes(permalinkPart));
  return { item, dump, custody: dump.custody.filter((c) => c.itemId === item?.id).sort((a, b) => a.seq - b.seq) };
};

const verdict = (page: Page) => page.locator('[data-verdict]').getAttribute('data-verdict');

describe('Trusted timestamps: pinned TSA, at capture and at export, against a forger', () => {
  it('takes pinned certificates only with their published fingerprint, and the switch for timestamps at capture', async () => {
    const options = await session.context.newPage();
    await options.goto(extensionUrl(session, 'options.html'));
    await options.getByLabel('Adres (URL) van de tijdstempeldienst').fill('ftp://tsa.example');
    await options.getByRole('button', { name: 'Tijdstempeldienst bewaren' }).click();
    await expect.poll(() => options.getByTestId('tsa-message').textContent()).toBe('Dit is geen geldig http(s)-adres.');
    await options.getByLabel('Adres (URL) van de tijdstempeldienst').fill(tsa.url);
    await options.getByRole('button', { name: 'Tijdstempeldienst bewaren' }).click();
    await expect.poll(() => options.getByTestId('tsa-message').textContent()).toBe('Tijdstempeldienst opgeslagen');
    await options.getByLabel('Certificaat (PEM)').fill(tsa.caPem);
    await options.getByLabel('SHA-256-vingerafdruk zoals gepubliceerd').fill(createHash('sha256').update(forger.caPem).digest('hex'));
    await options.getByRole('button', { name: 'Certificaat vertrouwen' }).click();
    await expect.poll(() => options.getByTestId('tsa-pin-message').textContent()).toContain('De vingerafdruk klopt niet met het certificaat');
    await options.getByLabel('SHA-256-vingerafdruk zoals gepubliceerd').fill(caPrint().toUpperCase().match(/../g)!.join(':'));
    await options.getByRole('button', { name: 'Certificaat vertrouwen' }).click();
    await expect.poll(() => options.getByTestId('tsa-pins').textContent()).toContain(`CN=Schildwacht Test CA, O=Test — SHA-256 ${caPrint()}`);
    await options.getByLabel(/direct laten tijdstempelen/).check();
    await expect.poll(() => session.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings.stampAtCapture)).toBe(true);
    await options.close();
  }, 60_000);

  it('timestamps a capture right away with the TSA up, and queues it with the TSA down until it is back (delay recorded)', async () => {
    const before = tsa.requests;
    await captureConfirmed(session, X_URL, X_POST, 0);
    await expect.poll(async () => (await custodyOf('x.com')).custody.map((c) => c.action), { timeout: 15_000 }).toEqual(['capture', 'timestamp']);
    expect(tsa.requests).toBe(before + 1);
    const x = await custodyOf('x.com');
    expect(x.custody[1].detail).toMatch(/^tijdstempel \(RFC 3161\) op metadata\.json \(sha256 [0-9a-f]{64}\): \S+ door CN=Schildwacht Test TSA, O=Test \(127\.0\.0\.1:\d+\), \d+ s na het vastleggen; /);
    expect(x.dump.files.filter((f) => f.itemId === x.item.id).map((f) => f.name)).toEqual(expect.arrayContaining(['metadata.json.tsr', 'metadata.json.tsa-chain.pem']));

    tsa.down = true;
    await captureConfirmed(session, MASTODON_URL, MASTODON_POST, 0);
    await expect.poll(async () => (await custodyOf('mastodon.social')).custody.map((c) => c.action), { timeout: 15_000 }).toEqual(['capture', 'timestamp']);
    expect((await custodyOf('mastodon.social')).custody[1].detail).toMatch(/^tijdstempel bij vastleggen nog niet gelukt \(.+\); wordt opnieuw geprobeerd$/);
    tsa.down = false;
    // The alarm retries 30 s after the failure.
    await expect.poll(async () => (await custodyOf('mastodon.social')).custody.map((c) => c.action), { timeout: 60_000, interval: 1000 }).toEqual(['capture', 'timestamp', 'timestamp']);
    expect((await custodyOf('mastodon.social')).custody[2].detail).toMatch(/, (2\d|3\d|4\d) s na het vastleggen, na 1 mislukte poging\(en\); metadata\.json\.tsr sha256 [0-9a-f]{64}$/);
  }, 120_000);

  it('exports with a timestamp: the fingerprint is shown and printed, openssl accepts every token against the pinned CA, both verifiers are green', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(() => page.getByTestId('export-no-number').isVisible()).toBe(true);
    await page.getByLabel(/Met vertrouwd tijdstempel/).check();
    await downloadExport(page, genuineZip());
    execFileSync('unzip', ['-q', genuineZip(), '-d', genuineDir()]);
    const fingerprint = createHash('sha256').update(readFileSync(join(genuineDir(), 'manifest.json'))).digest('hex');
    await expect.poll(() => page.getByTestId('export-fingerprint').textContent()).toBe(fingerprint);
    const pdf = execFileSync('pdftotext', ['-l', '1', join(genuineDir(), 'report.pdf'), '-']).toString();
    expect(pdf.replace(/\s+/g, ' ')).toContain(`Vingerafdruk van deze bundel (SHA-256 van manifest.json) ${fingerprint}`);
    expect(pdf).toContain('niet ingesteld in Schildwacht');
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: genuineDir() }).toString()).toContain('timestamp/manifest.json.tsr: OK');
    // openssl ts -verify against the pinned certificate accepts the export token and both capture tokens.
    writeFileSync(join(work, 'pinned.pem'), tsa.caPem);
    const manifest = JSON.parse(readFileSync(join(genuineDir(), 'manifest.json'), 'utf8'));
    const tokens = [['manifest.json', 'timestamp/manifest.json.tsr', 'timestamp/tsa-chain.pem'],
      ...manifest.items.map((it: { dir: string }) => [`${it.dir}metadata.json`, `${it.dir}metadata.json.tsr`, `${it.dir}metadata.json.tsa-chain.pem`])];
    expect(tokens).toHaveLength(3);
    for (const [data, token, chain] of tokens) {
      const out = execFileSync('openssl', ['ts', '-verify', '-data', data, '-in', token, '-token_in', '-CAfile', join(work, 'pinned.pem'), '-untrusted', chain], { cwd: genuineDir() }).toString();
      expect(out).toContain('Verification: OK');
    }
    for (const url of [`file://${join(genuineDir(), 'verify.html')}`, extensionUrl(session, 'verify.html')]) {
      await page.goto(url);
      await page.locator('input[type=file]').first().setInputFiles(genuineZip());
      await expect.poll(() => verdict(page)).toBe('ok');
      expect(await page.locator('[data-fingerprint]').textContent()).toBe(fingerprint);
      expect(await page.locator('.fingerprint').textContent()).toContain('moet gelijk zijn aan de vingerafdruk in de aangifte');
      expect(await page.locator('[data-timestamp]').textContent()).toMatch(/^Vertrouwd tijdstempel \(RFC 3161\): geldig\. manifest\.json bestond op .* getekend door CN=Schildwacht Test TSA, O=Test, vertrouwd via het vastgezette certificaat CN=Schildwacht Test CA, O=Test\.$/);
      expect(await page.locator('[data-capture-stamp="ok"]').count()).toBe(2);
    }
    expect(session.unexpected).toEqual([]);
    await page.close();
  }, 120_000);

  it('a forger re-signing with a TSA of the same names is amber in both verifiers, never green, and not imported', async () => {
    const forged = join(work, 'forged.zip');
    writeFileSync(forged, await madeBundle([{ seed: 3, text: 'Sterkte vanavond, fijne dienst!' }], makeTimestamper(forger.url, nodePost)));
    const page = await session.context.newPage();
    // The organisation's own verify.html (from a genuine bundle): it carries the pinned certificate.
    for (const url of [`file://${join(genuineDir(), 'verify.html')}`, extensionUrl(session, 'verify.html')]) {
      await page.goto(url);
      await page.locator('input[type=file]').first().setInputFiles(forged);
      await expect.poll(() => verdict(page)).toBe('warn');
      expect(await page.locator('[data-verdict]').textContent()).toContain('handtekening klopt, tijdstempeldienst niet vertrouwd');
      expect(await page.locator('[data-timestamp]').getAttribute('data-timestamp')).toBe('warn');
      const signer = createHash('sha256').update(Buffer.from(forger.tsaPem.replace(/-----[^-]+-----|\s/g, ''), 'base64')).digest('hex');
      expect(await page.locator('[data-signer]').getAttribute('data-signer')).toBe(signer);
      expect(await page.locator('[data-policy]').textContent()).toBe('Beleid (policy) van de tijdstempeldienst: 1.2.3.4.1');
    }
    await page.getByRole('button', { name: 'Importeer in bewijskluis' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Importeren geweigerd: tijdstempel: handtekening klopt, tijdstempeldienst niet vertrouwd \(CN=Schildwacht Test TSA, O=Test\)/);
    await page.close();
  }, 60_000);

  it('forged ZIPs are refused with the entry named in both verifiers: a duplicate entry, a zip bomb', async () => {
    const one = readFileSync(genuineZip());
    const dup = join(work, 'dup.zip');
    writeFileSync(dup, joinZips(new Uint8Array(one), await madeBundle([{ seed: 4 }])));
    const bomb = join(work, 'bomb.zip');
    writeFileSync(bomb, await zipBomb('items/01-00000000-0000-4000-8000-000000000000/page.mhtml', 1024 * 1024 * 1024));
    const page = await session.context.newPage();
    for (const url of [`file://${join(genuineDir(), 'verify.html')}`, extensionUrl(session, 'verify.html')]) {
      await page.goto(url);
      const status = url.startsWith('file') ? page.locator('#status') : page.locator('.progress-text');
      await page.locator('input[type=file]').first().setInputFiles(dup);
      await expect.poll(() => status.textContent()).toMatch(/^Dit bestand is geen leesbare ZIP: dubbele naam in de ZIP: \S+$/);
      await page.locator('input[type=file]').first().setInputFiles(bomb);
      await expect.poll(() => status.textContent()).toMatch(/^Dit bestand is geen leesbare ZIP: items\/01-\S+\/page\.mhtml: zip-bom \(\d+ bytes pakken uit tot 1073741824 bytes\)$/);
      expect(await page.locator('[data-verdict]').count()).toBe(0);
    }
    await page.close();
  }, 60_000);
});
