import type { SchildwachtDB } from '../db';
import { allTerms, profileSchema } from '../profile';
import { type ProfileArea, readStoredProfile } from '../profile-store';
import { type Settings, loadSettings } from '../settings';

/** What the background's guard checks need: the site switches (storage.local) and the profile's terms (the database). */
export interface GuardStored {
  settings: Settings;
  /** The officer's terms; null when the stored profile is damaged (the guard then holds every post). */
  terms: string[] | null;
}

/**
 * Reads both with the one set of schemas (utils/settings.ts, utils/profile.ts). Damaged settings
 * fall back to the defaults; a missing profile means no terms yet; a damaged one is never
 * silently treated as empty.
 */
export async function loadGuardStored(db: SchildwachtDB, area: ProfileArea): Promise<GuardStored> {
  const settings = await loadSettings(area);
  const raw = await readStoredProfile(db, area);
  if (raw === undefined) return { settings, terms: [] };
  const parsed = profileSchema.safeParse(raw);
  return { settings, terms: parsed.success ? allTerms(parsed.data) : null };
}
