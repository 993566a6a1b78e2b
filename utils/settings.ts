import { z } from 'zod';
import { trustPinSchema } from './bundle/timestamp/pins';

/**
 * The settings Schildwacht keeps in extension storage. Always `storage.local`: the officer's data
 * never goes to `storage.sync` or anywhere off the device. The profile lives in the extension's
 * database instead (utils/profile-store.ts).
 */
export const settingsSchema = z.object({
  /** Hosts where the officer switched the guard off. */
  guardOffHosts: z.array(z.string()).default([]),
  /** Extra hosts the officer switched on: Mastodon instances and generic sites. */
  extraHosts: z.array(z.object({ host: z.string(), kind: z.enum(['mastodon', 'generic']) })).default([]),
  trainerMode: z.boolean().default(false),
  /** "Onopvallend": no UI of Schildwacht in web pages at all (held posts in a window of their own). */
  discreet: z.boolean().default(false),
  /** RFC 3161 timestamp authority configured by the officer or organisation. */
  tsaUrl: z.string().url().nullable().default(null),
  /** The TSA certificates the organisation trusts: a timestamp is green only when its chain ends at one. */
  tsaPins: z.array(trustPinSchema).max(20).default([]),
  /** Timestamp each capture's metadata.json right after the capture (needs tsaUrl). */
  stampAtCapture: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The subset of `storage.StorageArea` that Schildwacht uses (so tests can pass a fake). */
export interface LocalArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEY = 'settings';

export async function loadSettings(area: LocalArea): Promise<Settings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function updateSettings(area: LocalArea, change: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
