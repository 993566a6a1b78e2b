import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSchema } from '../support/json-schema';
import { MASTODON_POST, MASTODON_URL, X_POST, X_URL, captureConfirmed, downloadExport, fixture, serveReplicas } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { type Session, extensionUrl, launch } from './harness';
import { setProfile } from './profile-helpers';

const X_TEXT = 'We weten waar je woont Sanne. Lindelaan 12, blauwe deur.';
const X_PERMALINK = 'https://x.com/b0ze_burger92/status/1876549999000011111';
const MASTODON_PERMALINK = 'https://mastodon.social/@anon_doxer@kwaad.example/113812399999000002';

let session: Session;
let work: string;
const bundle = () => join(work, 'bundle.zip');
const unzipped = () => join(work, 'out');

/** The rows a verifier marked as not matching: [path, status]. */
const flagged = (page: Page) => page.locator('tr[data-status]:not([data-status="ok"])').evaluateAll(
  (rows) => rows.map((r) => [r.getAttribute('data-path'), r.getAttribute('data-status')]));

const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sw-export-'));
  session = await launch();
  await serveReplicas(session);
  await setProfile(session, {
    terms: { ownNames: ['Sanne Visser'], partner: [], children: ['Mila'], family: [], homeStreet: ['Dorpsweg'], homeTown: [], school: [], sportsClub: [], carPlate: [], other: [] },
    personnelNumber: 'AB1234' });
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Exporteer voor aangifte', () => {
  it('captures two posts, exports one bundle that passes unzip, sha256sum -c, its schema and pdftotext', async () => {
    await captureConfirmed(session, X_URL, X_POST, 1);
    await captureConfirmed(session, MASTODON_URL, MASTODON_POST, 2);
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(async () => (await readEvidence(session.worker)).items.length).toBe(2);
    // The full bundle with every original (the officer unticks onder nummer; tests/browser/onder-nummer.test.ts covers that default).
    await expect.poll(() => page.getByLabel(/Onder nummer exporteren/).isChecked()).toBe(true);
    await page.getByLabel(/Onder nummer exporteren/).uncheck();
    await downloadExport(page, bundle());
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/^Bundel gemaakt: 2 item\(s\)/));
    // The DSA art. 16 notice of an item, ready to copy for the platform.
    const x = (await readEvidence(session.worker)).items.find((i) => i.metadata.permalink === X_PERMALINK);
    await page.goto(extensionUrl(session, `evidence.html#item=${x.id}`));
    // the takedown form lower on the page offers the same route as an option: the notice is the <summary>
    await page.locator('summary', { hasText: 'Melding aan het platform (DSA art. 16)' }).click();
    const notice = await page.getByRole('textbox', { name: 'Melding aan het platform (DSA art. 16)' }).inputValue();
    expect(notice).toContain(`   ${X_PERMALINK}\n`);
    expect(notice).toContain('Ik verklaar te goeder trouw');
    await page.getByRole('button', { name: 'Kopieer melding' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual('Melding gekopieerd');
    await page.close();

    execFileSync('unzip', ['-q', bundle(), '-d', unzipped()]);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unzipped() }).toString().trim().split('\n');
    expect(check.length).toBeGreaterThanOrEqual(14);
    expect(check.every((l) => l.endsWith(': OK'))).toBe(true);

    const manifest = JSON.parse(readFileSync(join(unzipped(), 'manifest.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(unzipped(), 'schema/manifest.schema.json'), 'utf8'));
    expect(schema).toEqual(JSON.parse(readFileSync(resolve(__dirname, '../../public/schema/manifest.schema.json'), 'utf8')));
    expect(checkSchema(schema, manifest)).toEqual([]);
    expect(manifest).toMatchObject({ format: 'schildwacht-evidence', personnelNumber: 'AB1234', items: [{ platform: 'x' }, { platform: 'mastodon' }] });
    for (const it of manifest.items) {
      expect(readdirSync(join(unzipped(), it.dir)).sort()).toEqual(
        ['annotation.json', 'dsa-notice.txt', 'metadata.json', 'page.mhtml', 'post.png', 'screenshot.png', 'thumbnail.jpg']);
    }

    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(unzipped(), 'report.pdf'), '-']).toString();
    expect(pdf).toContain('Bijlage bij aangifte');
    expect(squash(pdf)).toContain(squash(X_URL));
    expect(squash(pdf)).toContain(squash(X_PERMALINK));
    expect(pdf.replace(/\s+/g, ' ')).toContain(X_TEXT);
    expect(pdf.replace(/\s+/g, ' ')).toContain('Ze woont in de Lindelaan, nummer 12.');
    expect(pdf).toContain('Aangifte onder nummer');
    expect(pdf).toContain('AB1234');
    // Identified by personnel number only: none of the officer's own profile terms is added.
    const everything = readdirSync(unzipped(), { recursive: true }).map(String).filter((p) => /\.(json|jsonl|txt)$/.test(p))
      .map((p) => readFileSync(join(unzipped(), p), 'utf8')).join('\n') + pdf;
    for (const term of ['Dorpsweg', 'Mila', 'Sanne Visser']) expect(everything).not.toContain(term);
  }, 180_000);

  it('flags exactly the one changed image, in verify.html and in the extension verify page', async () => {
    const entries = JSON.parse(readFileSync(join(unzipped(), 'manifest.json'), 'utf8')).files as { path: string; role: string }[];
    const target = entries.find((f) => f.role === 'post')!.path;
    const tampered = join(work, 'tampered');
    cpSync(unzipped(), tampered, { recursive: true });
    const png = readFileSync(join(tampered, target));
    png[png.length - 20] = png[png.length - 20]! ^ 0x01;
    writeFileSync(join(tampered, target), png);
    expect(() => execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: tampered, stdio: 'pipe' })).toThrow();

    // The case manager opens verify.html straight from the unzipped folder (file://, no network).
    await session.context.route(`file://${work}/**`, (r) => r.continue());
    const page = await session.context.newPage();
    await page.goto(`file://${join(unzipped(), 'verify.html')}`);
    await page.locator('#pick-folder').setInputFiles(unzipped());
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    await page.locator('#pick-folder').setInputFiles(tampered);
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('bad');
    expect(await flagged(page)).toEqual([[target, 'mismatch']]);
    expect(await page.locator(`tr[data-path="${target}"] td`).nth(1).textContent()).toBe('GEWIJZIGD — de vingerafdruk klopt niet');

    await page.goto(extensionUrl(session, 'verify.html'));
    await page.getByTestId('verify-folder').setInputFiles(tampered);
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('bad');
    expect(await flagged(page)).toEqual([[target, 'mismatch']]);
    await page.close();
  }, 120_000);

  it('imports the intact bundle into an empty locker and refuses the tampered one', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'verify.html'));
    // A case manager's locker: empty.
    await page.evaluate(() => new Promise<void>((done, fail) => {
      const open = indexedDB.open('schildwacht');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction([...db.objectStoreNames], 'readwrite');
        for (const name of db.objectStoreNames) if (name !== 'personal') tx.objectStore(name).clear(); // the locker, not the profile
        tx.oncomplete = () => { db.close(); done(); };
        tx.onerror = () => fail(tx.error);
      };
    }));
    const zip = readFileSync(bundle());
    const entry = execFileSync('unzip', ['-Z1', bundle()]).toString().split('\n').find((n) => n.endsWith('/screenshot.png'))!;
    const at = zip.indexOf(Buffer.from(entry)) + entry.length + 4000; // inside the stored PNG of the first local entry
    const bad = Buffer.from(zip);
    bad[at] = bad[at]! ^ 0x80;
    writeFileSync(join(work, 'tampered.zip'), bad);

    await page.getByTestId('verify-files').setInputFiles(join(work, 'tampered.zip'));
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('bad');
    expect(await flagged(page)).toEqual([[entry, 'mismatch']]);
    await page.getByRole('button', { name: 'Importeer in bewijskluis' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(`Importeren geweigerd: ${entry}: vingerafdruk klopt niet. Er is niets geïmporteerd.`);
    expect((await readEvidence(session.worker)).items).toEqual([]);

    await page.getByTestId('verify-files').setInputFiles(bundle());
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    await page.getByRole('button', { name: 'Importeer in bewijskluis' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('2 item(s) geïmporteerd in de bewijskluis.'));
    const dump = await readEvidence(session.worker);
    expect(dump.items.map((i) => i.metadata.permalink).sort()).toEqual([MASTODON_PERMALINK, X_PERMALINK].sort());
    for (const f of dump.files) expect(f.actualSha256).toBe(f.sha256);
    for (const item of dump.items) {
      expect(dump.custody.filter((c) => c.itemId === item.id).sort((a, b) => a.seq - b.seq).map((c) => c.action)).toEqual(['capture', 'export', 'import']);
    }
    expect(session.unexpected).toEqual([]);
    await page.close();
  }, 120_000);

  it('captures a page with a 2,500-character URL (tracking parameters) into a bundle that exports and verifies', async () => {
    const params = Array.from({ length: 60 }, (_, i) => `utm_${i}=${'ab12'.repeat(9)}`).join('&');
    const longUrl = `${X_URL}?${params}`.slice(0, 2500);
    expect(longUrl).toHaveLength(2500);
    await session.context.route((url) => url.href.startsWith(`${X_URL}?`), (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('x-thread.html') }));
    await captureConfirmed(session, longUrl, X_POST, 1);
    const dump = await readEvidence(session.worker);
    const item = dump.items.find((i) => i.metadata.url === longUrl);
    expect(item).toBeDefined();
    expect(dump.custody.find((c) => c.itemId === item.id && c.seq === 0).detail.length).toBeLessThanOrEqual(2000);
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(() => page.getByLabel(/Onder nummer exporteren/).isChecked()).toBe(true);
    const zip = join(work, 'long-url.zip');
    await downloadExport(page, zip);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json']).toString());
    expect(manifest.items.map((i: { url: string }) => i.url)).toContain(longUrl);
    await page.goto(extensionUrl(session, 'verify.html'));
    await page.getByTestId('verify-files').setInputFiles(zip);
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    expect(await page.locator('[data-custody]').getAttribute('data-custody')).toBe('ok');
    await page.close();
  }, 120_000);
});
