import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { type Session, extensionUrl, launch } from './harness';
import { storedProfile } from './profile-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function readStorage(s: Session, area: 'local' | 'sync') {
  return s.worker.evaluate((a) => (globalThis as any).chrome.storage[a].get(null), area);
}

describe('officer profile on the options page', () => {
  it('saves a profile in the extension\'s database that survives a browser restart, and never in storage.local or storage.sync', async () => {
    session = await launch();
    let page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'options.html'));
    await page.getByLabel('Kinderen').fill('Mila\nDaan');
    await page.getByLabel('Woonstraat').fill('Lindelaan');
    await page.getByLabel(/Nummer voor aangifte onder nummer/).fill('123456');
    await page.getByLabel(/Uw eigen accounts/).fill('x: @wijkagent_karin\n@karin.smit\nmyspace: karin');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Opgeslagen');

    const dir = session.userDataDir;
    await session.close({ keepProfile: true });
    session = await launch(dir);
    page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'options.html'));
    await expect.poll(() => page.getByLabel('Kinderen').inputValue()).toBe('Mila\nDaan');
    expect(await page.getByLabel('Woonstraat').inputValue()).toBe('Lindelaan');
    expect(await page.getByLabel(/Nummer voor aangifte onder nummer/).inputValue()).toBe('123456');

    expect(await readStorage(session, 'sync')).toEqual({});
    const local = await readStorage(session, 'local');
    expect(JSON.stringify(local)).not.toMatch(/Lindelaan|Mila|karin|123456/);
    const stored = await storedProfile(session);
    expect(stored.terms.children).toEqual(['Mila', 'Daan']);
    expect(stored.accounts).toEqual([{ platform: 'x', handle: '@wijkagent_karin' }, { platform: 'generic', handle: '@karin.smit' }, { platform: 'generic', handle: 'myspace: karin' }]);
    expect(await page.getByLabel(/Uw eigen accounts/).inputValue()).toBe('x: @wijkagent_karin\n@karin.smit\nmyspace: karin');
    expect(JSON.stringify(stored)).toContain('Lindelaan');
    expect(session.unexpected).toEqual([]);
  });

  it('refuses a corrupt profile file with a clear message and overwrites nothing', async () => {
    session = await launch();
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'options.html'));
    await page.getByLabel('Eigen namen').fill('Jan de Vries');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Opgeslagen');

    const bad = join(tmpdir(), `sw-bad-${process.pid}.json`);
    writeFileSync(bad, '{"format":"schildwacht-profile","version":1,"profile":{"terms":{}}');
    await page.getByTestId('import-profile').setInputFiles(bad);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Importeren mislukt, er is niets overschreven');

    const good = join(tmpdir(), `sw-good-${process.pid}.json`);
    const profile = { terms: { ownNames: ['Eva Jansen'], partner: [], children: ['Noor'], family: [], homeStreet: [],
      homeTown: [], school: [], sportsClub: [], carPlate: [], other: [] }, personnelNumber: 'AB123' };
    writeFileSync(good, JSON.stringify({ format: 'schildwacht-profile', version: 1, exportedAt: new Date().toISOString(), profile }));
    expect((await storedProfile(session)).terms.ownNames).toEqual(['Jan de Vries']);
    await page.getByTestId('import-profile').setInputFiles(good);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Profiel geïmporteerd');
    expect(await page.getByLabel('Eigen namen').inputValue()).toBe('Eva Jansen');
    expect(await storedProfile(session)).toEqual({ ...profile, accounts: [] });
  });

  it('exports the profile as a file that imports again', async () => {
    session = await launch();
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'options.html'));
    await page.getByLabel('Sportclub').fill('VV Lombok');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Profiel exporteren' }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe('schildwacht-profile');
    expect(file.profile.terms.sportsClub).toEqual(['VV Lombok']);
  });
});
