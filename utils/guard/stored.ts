import * as z from 'zod/mini';
import type { LocalArea, Settings } from '../settings';

/**
 * What the guard reads from storage.local inside a page: the site switches from the settings and
 * the profile's terms. The same rules as utils/settings.ts and utils/profile.ts, written with
 * zod/mini, because full zod would triple the size of the content script on every social page.
 * tests/unit/guard/stored.test.ts keeps both in step.
 */
export const STORAGE_KEYS = { settings: 'settings', profile: 'profile' } as const;

const term = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const guardSettingsSchema = z.object({
  guardOffHosts: z._default(z.array(z.string()), []),
  extraHosts: z._default(z.array(z.object({ host: z.string(), kind: z.enum(['mastodon', 'generic']) })), []),
});
const profileTermsSchema = z.object({ terms: z.record(z.string(), z.array(term).check(z.maxLength(200))) });

export type GuardSettings = Pick<Settings, 'guardOffHosts' | 'extraHosts'>;

export interface GuardStored {
  settings: GuardSettings;
  /** The officer's terms; null when the stored profile is damaged (the guard then holds every post). */
  terms: string[] | null;
}

/** Reads both. Damaged settings fall back to the defaults; a missing profile means no terms yet. */
export async function loadGuardStored(area: LocalArea): Promise<GuardStored> {
  const raw = await area.get([STORAGE_KEYS.settings, STORAGE_KEYS.profile]);
  const parsedSettings = guardSettingsSchema.safeParse(raw[STORAGE_KEYS.settings] ?? {});
  const settings = parsedSettings.success ? parsedSettings.data : { guardOffHosts: [], extraHosts: [] };
  const profile = raw[STORAGE_KEYS.profile];
  if (profile === undefined) return { settings, terms: [] };
  const parsed = profileTermsSchema.safeParse(profile);
  return { settings, terms: parsed.success ? [...new Set(Object.values(parsed.data.terms).flat())] : null };
}
