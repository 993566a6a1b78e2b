import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_POST, captureConfirmed, downloadExport, fixture, serveReplicas } from './capture-helpers';
import { readEvidence } from './evidence-db';
import { type Session, extensionUrl, launch } from './harness';
import { setProfile } from './profile-helpers';

const URL_KARIN = 'https://x.com/buurman_piet/status/1880000000000000001';
/** Everything that names the officer: her name, its parts, her handle. */
const OFFICER = /karin|smit\b|wijkagent/i;

let session: Session;
let work: string;
const out = () => join(work, 'bundle');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sw-onder-'));
  session = await launch();
  await serveReplicas(session);
  await session.context.route(URL_KARIN, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('x-logged-in.html') }));
  await setProfile(session, {
    terms: { ownNames: ['Karin Smit'], partner: ['Joost'], children: ['Mila'], family: [], homeStreet: ['Dorpsweg'], homeTown: ['Heerhugowaard'], school: [], sportsClub: [], carPlate: ['XK-123-B'], other: [] },
    personnelNumber: 'GTPA-2026-0815', accounts: [{ platform: 'x', handle: '@wijkagent_karin' }] });
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Text tesseract reads in a PNG (Dutch and English models). */
const ocr = (png: string) => execFileSync('tesseract', [png, '-', '-l', 'nld+eng'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** The original screenshot from the locker (extension storage), to show that OCR does find the officer there. */
async function originalScreenshot(): Promise<Buffer> {
  const b64 = await session.worker.evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('schildwacht');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('files').objectStore('files').getAll();
      req.onsuccess = async () => {
        const file = req.result.find((f: { name: string }) => f.name === 'screenshot.png');
        const bytes = new Uint8Array(await (file.blob as Blob).arrayBuffer());
        let bin = '';
        for (const b of bytes) bin += String.fromCharCode(b);
        resolve(btoa(bin));
      };
    };
  }));
  return Buffer.from(b64, 'base64');
}

describe('Aangifte onder nummer on a page that shows the logged-in officer', () => {
  it('captures a threat replying to another user; the original screenshot shows the officer (OCR finds her)', async () => {
    await captureConfirmed(session, URL_KARIN, X_POST, 1);
    const { items } = await readEvidence(session.worker);
    expect(items).toHaveLength(1);
    expect(items[0].redact.filter((r: { why: string }) => r.why === 'account')).toHaveLength(1);
    expect(items[0].redact.filter((r: { inPost: boolean }) => r.inPost)).toEqual([]);
    writeFileSync(join(work, 'original.png'), await originalScreenshot());
    expect(ocr(join(work, 'original.png'))).toMatch(/Karin Smit/);
  }, 60_000);

  it('exports onder nummer by default: nothing in the bundle names the officer (text, JSON, HTML, PDF, OCR of every image)', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await expect.poll(() => page.getByLabel(/Onder nummer exporteren/).isChecked()).toBe(true);
    const zip = join(work, 'onder-nummer.zip');
    await downloadExport(page, zip);
    execFileSync('unzip', ['-q', zip, '-d', out()]);
    const files = filesUnder(out());
    const manifest = JSON.parse(readFileSync(join(out(), 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ onderNummer: true, personnelNumber: 'GTPA-2026-0815' });
    // Everything but the post, the metadata and a capture timestamp: the full screenshot, the archive, the viewport thumbnail.
    expect(manifest.withheld.map((w: { path: string }) => w.path.split('/').pop())).toEqual(['screenshot.png', 'page.mhtml', 'thumbnail.jpg']);
    for (const w of manifest.withheld) expect(files.some((f) => f.endsWith(w.path))).toBe(false);
    for (const f of files.filter((p) => /\.(json|jsonl|txt|html|pem)$/.test(p) || p.endsWith('SHA256SUMS'))) {
      expect([f, readFileSync(f, 'utf8').match(OFFICER)?.[0]]).toEqual([f, undefined]);
    }
    const pdf = execFileSync('pdftotext', [join(out(), 'report.pdf'), '-']).toString().replace(/\s+/g, ' ');
    expect(pdf).toContain('Aangifte onder nummer');
    expect(pdf).toContain('GTPA-2026-0815');
    expect(pdf).toContain('Die agente van gisteren komen we wel tegen.');
    expect(pdf.match(OFFICER)).toBeNull();
    execFileSync('pdfimages', ['-png', join(out(), 'report.pdf'), join(work, 'pdfimg')]);
    const images = [...files.filter((f) => f.endsWith('.png')), ...readdirSync(work).filter((n) => n.startsWith('pdfimg')).map((n) => join(work, n))];
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const png of images) expect([png, ocr(png).match(OFFICER)?.[0]]).toEqual([png, undefined]);
    // The threat itself is still readable in the blacked-out screenshot.
    const derived = files.find((f) => f.endsWith('screenshot-onder-nummer.png'))!;
    expect(ocr(derived)).toMatch(/agente van gisteren/);
    await page.close();
  }, 120_000);

  it('verifies in both verifiers, listing the withheld originals with their hashes', async () => {
    const page = await session.context.newPage();
    for (const url of [`file://${join(out(), 'verify.html')}`, extensionUrl(session, 'verify.html')]) {
      await session.context.route(`file://${work}/**`, (r) => r.continue());
      await page.goto(url);
      await page.locator('input[type=file]').first().setInputFiles(join(work, 'onder-nummer.zip'));
      await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
      expect(await page.locator('[data-withheld]').textContent()).toContain('Aangifte onder nummer: 3 origineel/originelen achtergehouden');
      expect(await page.locator('[data-withheld-path]').count()).toBe(3);
    }
    expect(session.unexpected).toEqual([]);
    await page.close();
  }, 60_000);

  it('delivers the originals for the police later; both verifiers check them against the committed hashes', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'evidence.html'));
    await page.getByText('Originelen voor de politie').click();
    const zip = join(work, 'originelen.zip');
    const download = await downloadExport(page, zip, 'Exporteer originelen');
    expect(download.suggestedFilename()).toMatch(/^schildwacht-originelen-/);
    const committed = JSON.parse(readFileSync(join(out(), 'manifest.json'), 'utf8')).withheld as { path: string; sha256: string }[];
    const dir = join(work, 'originelen');
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    for (const w of committed) expect(execFileSync('sha256sum', [join(dir, w.path)]).toString().split(' ')[0]).toBe(w.sha256);
    expect(ocr(join(dir, committed[0]!.path))).toMatch(/Karin Smit/);
    for (const url of [`file://${join(out(), 'verify.html')}`, extensionUrl(session, 'verify.html')]) {
      await page.goto(url);
      await page.locator('input[type=file]').first().setInputFiles(zip);
      await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
      expect(await page.locator('[data-originals]').getAttribute('data-originals')).toBe('3/3');
      expect(await page.locator('[data-originals]').textContent()).toContain('met precies de vastgelegde vingerafdruk');
    }
    await page.close();
  }, 120_000);

  it('asks per own name inside a post: blacked out by default, kept as evidence when the officer ticks it', async () => {
    await captureConfirmed(session, URL_KARIN, X_POST, 2);
    const doxing = (await readEvidence(session.worker)).items.find((i) => i.metadata.text.includes('Karin Smit'));
    expect(doxing.redact.filter((r: { inPost: boolean }) => r.inPost)).toHaveLength(1);
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, `evidence.html`));
    const choices = page.getByTestId('in-post-choices');
    await expect.poll(() => choices.locator('canvas.crop').count()).toBe(1);
    expect(await choices.getByLabel('Laten staan als bewijs').isChecked()).toBe(false);
    await choices.getByLabel('Laten staan als bewijs').check();
    const zip = join(work, 'kept.zip');
    await downloadExport(page, zip);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json']).toString());
    const item = manifest.items.find((i: { id: string }) => i.id === doxing.id);
    expect(manifest.withheld.filter((w: { itemId: string }) => w.itemId === doxing.id).map((w: { path: string }) => w.path.split('/').pop())).toEqual(['screenshot.png', 'page.mhtml', 'thumbnail.jpg']);
    expect(execFileSync('unzip', ['-Z1', zip]).toString()).toContain(`${item.dir}post.png`);
    const derived = manifest.files.find((f: { path: string }) => f.path === `${item.dir}screenshot-onder-nummer.png`);
    expect(derived.redactions.length).toBe(doxing.redact.length - 1);
    await page.close();
  }, 120_000);
});
