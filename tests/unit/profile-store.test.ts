import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SchildwachtDB } from '../../utils/db';
import { emptyProfile } from '../../utils/profile';
import { PROFILE_REV_KEY, loadProfile, moveLegacyProfile, readStoredProfile, saveProfile } from '../../utils/profile-store';

let db: SchildwachtDB;
const area = () => fakeBrowser.storage.local;
beforeEach(() => { db = new SchildwachtDB(`t-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

function profileWith(ownNames: string[]) {
  const p = emptyProfile();
  p.terms.ownNames = ownNames;
  return p;
}

describe('the profile in the extension database', () => {
  it('is saved where content scripts cannot read it: storage.local and storage.sync hold nothing of it', async () => {
    await saveProfile(db, area(), profileWith(['Jan de Vries']));
    expect(await loadProfile(db, area())).toEqual(profileWith(['Jan de Vries']));
    const local = await area().get(null);
    expect(Object.keys(local)).toEqual([PROFILE_REV_KEY]);
    expect(JSON.stringify(local)).not.toContain('Vries');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('tells other extension contexts about a save through a new revision in storage.local', async () => {
    const seen: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => seen.push(Object.keys(changes)));
    await saveProfile(db, area(), profileWith(['Eva']));
    await saveProfile(db, area(), profileWith(['Eva', 'Noor']));
    expect(seen.filter((keys) => keys.includes(PROFILE_REV_KEY)).length).toBeGreaterThanOrEqual(2);
  });

  it('moves a profile an earlier version left in storage.local into the database and deletes it there', async () => {
    await area().set({ profile: profileWith(['Karin Smit']), settings: { trainerMode: true } });
    await moveLegacyProfile(db, area());
    expect(await area().get('profile')).toEqual({});
    expect(await area().get('settings')).toEqual({ settings: { trainerMode: true } });
    expect(await loadProfile(db, area())).toEqual(profileWith(['Karin Smit']));
  });

  it('moves on first read, also when the background has not run yet', async () => {
    await saveProfile(db, area(), profileWith(['Oud']));
    await area().set({ profile: profileWith(['Nieuw']) });
    expect((await loadProfile(db, area())).terms.ownNames).toEqual(['Nieuw']);
    expect(await area().get('profile')).toEqual({});
  });

  it('keeps a damaged profile damaged (never silently empty for the guard), and loads it as empty', async () => {
    await area().set({ profile: { terms: 'broken' } });
    expect(await readStoredProfile(db, area())).toEqual({ terms: 'broken' });
    expect(await loadProfile(db, area())).toEqual(emptyProfile());
  });

  it('has nothing stored before the first save', async () => {
    expect(await readStoredProfile(db, area())).toBeUndefined();
    expect(await loadProfile(db, area())).toEqual(emptyProfile());
  });

  it('refuses to save an invalid profile and keeps the old one', async () => {
    await saveProfile(db, area(), profileWith(['Eva']));
    await expect(saveProfile(db, area(), { ...profileWith(['Eva']), personnelNumber: 'a b' })).rejects.toThrow();
    expect((await loadProfile(db, area())).terms.ownNames).toEqual(['Eva']);
  });
});
