import type { SchildwachtDB } from './db';
import { type Profile, emptyProfile, profileSchema } from './profile';
import type { LocalArea } from './settings';

/** Where earlier versions kept the profile (storage.local); a profile found there is moved. */
export const LEGACY_PROFILE_KEY = 'profile';
/**
 * Bumped in storage.local on every save: storage.onChanged tells every extension context that the
 * profile changed, without the profile itself ever being in storage that content scripts can read.
 */
export const PROFILE_REV_KEY = 'profileRev';

export interface ProfileArea extends LocalArea {
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Moves a profile from storage.local into the database and deletes it there. A profile in
 * storage.local was written after the last move (by an earlier version), so it replaces the stored one.
 */
export function moveLegacyProfile(db: SchildwachtDB, area: ProfileArea): Promise<void> {
  // One move at a time in this context: two overlapping moves could delete a profile written between them.
  const next = moving.then(() => moveOnce(db, area));
  moving = next.catch(() => undefined);
  return next;
}

let moving: Promise<void> = Promise.resolve();

async function moveOnce(db: SchildwachtDB, area: ProfileArea): Promise<void> {
  const legacy = (await area.get(LEGACY_PROFILE_KEY))[LEGACY_PROFILE_KEY];
  if (legacy === undefined) return;
  await db.personal.put({ key: 'profile', value: legacy });
  // Only delete what was moved: a newer one written meanwhile is moved by the next call.
  const now = (await area.get(LEGACY_PROFILE_KEY))[LEGACY_PROFILE_KEY];
  if (JSON.stringify(now) === JSON.stringify(legacy)) await area.remove(LEGACY_PROFILE_KEY);
  await area.set({ [PROFILE_REV_KEY]: Date.now() });
}

/** The stored profile as it is: undefined before one is saved, anything (unparsed) after. */
export async function readStoredProfile(db: SchildwachtDB, area: ProfileArea): Promise<unknown> {
  await moveLegacyProfile(db, area);
  return (await db.personal.get('profile'))?.value;
}

/** The officer's profile; an empty one when none is stored or the stored one is damaged. */
export async function loadProfile(db: SchildwachtDB, area: ProfileArea): Promise<Profile> {
  const parsed = profileSchema.safeParse(await readStoredProfile(db, area));
  return parsed.success ? parsed.data : emptyProfile();
}

/** Saves a valid profile (an invalid one throws and leaves the stored one as it was). */
export async function saveProfile(db: SchildwachtDB, area: ProfileArea, profile: Profile): Promise<void> {
  const value = profileSchema.parse(profile);
  await moveLegacyProfile(db, area);
  await db.personal.put({ key: 'profile', value });
  await area.set({ [PROFILE_REV_KEY]: Date.now() });
}
