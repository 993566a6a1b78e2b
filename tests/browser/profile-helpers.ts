import type { Session } from './harness';

type Terms = Record<string, string[]>;
const allGroups = ['ownNames', 'partner', 'children', 'family', 'homeStreet', 'homeTown', 'school', 'sportsClub', 'carPlate', 'other'];

/**
 * Gives the officer a profile, as an earlier version left it in storage.local: the background moves
 * it into the extension's database at once (utils/profile-store.ts). Waits until it is moved, so no
 * test runs while the profile is still in storage.local.
 */
export async function setProfile(session: Session, profile: { terms: Terms; personnelNumber?: string; accounts?: unknown[] }): Promise<void> {
  const terms = Object.fromEntries(allGroups.map((g) => [g, profile.terms[g] ?? []]));
  await session.worker.evaluate((p) => (globalThis as any).chrome.storage.local.set({ profile: p }), { personnelNumber: '', ...profile, terms });
  for (let i = 0; i < 100; i++) {
    if ((await storageLocal(session)).profile === undefined) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the profile was not moved out of storage.local');
}

export function storageLocal(session: Session): Promise<Record<string, any>> {
  return session.worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
}

/** The profile as stored in the extension's IndexedDB (database "schildwacht", table "personal"). */
export function storedProfile(session: Session): Promise<any> {
  return session.worker.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('schildwacht');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('personal').objectStore('personal').get('profile');
      get.onsuccess = () => { resolve(get.result?.value); open.result.close(); };
      get.onerror = () => reject(get.error);
    };
  }));
}
