import { z } from 'zod';
import { trustPinSchema } from './bundle/timestamp/pin-schema';
import { POLICY_KEY, type StoredPolicy, noPolicy, storedPolicySchema } from './policy';

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
  /** The team's or organisation's e-mail, filled in as the notifier of a DSA notice (never the officer's own). */
  dsaNoticeEmail: z.string().email().nullable().default(null),
  /** Which export the locker offers first: onder nummer (the officer's identity withheld) or in full. */
  defaultExportMode: z.enum(['onderNummer', 'volledig']).default('onderNummer'),
  /** Set by policy only: whether trainer mode may be switched on, and whether the guard may be switched off on a platform. */
  trainerModeAvailable: z.boolean().default(true),
  guardForced: z.boolean().default(false),
  /** Takedown follow-up: after how many days an open notice whose post is not known to be gone is listed again. */
  reminderDays: z.number().int().min(1).max(365).default(7),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The subset of `storage.StorageArea` that Schildwacht uses (so tests can pass a fake). */
export interface LocalArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEY = 'settings';

/** The officer's settings with the organisation's policy applied: what the policy sets wins. */
export async function loadSettings(area: LocalArea): Promise<Settings> {
  const stored = await area.get([SETTINGS_KEY, POLICY_KEY]);
  const parsed = settingsSchema.safeParse(stored[SETTINGS_KEY] ?? {});
  return withPolicy(parsed.success ? parsed.data : settingsSchema.parse({}), readPolicy(stored[POLICY_KEY]));
}

/** The policy as the background mirrored it; none when absent or damaged. */
export async function loadPolicy(area: LocalArea): Promise<StoredPolicy> {
  return readPolicy((await area.get(POLICY_KEY))[POLICY_KEY]);
}

function readPolicy(raw: unknown): StoredPolicy {
  const parsed = storedPolicySchema.safeParse(raw);
  return parsed.success ? parsed.data : noPolicy;
}

/** Policy values replace the officer's; its extra hosts come on top of the officer's own. */
export function withPolicy(settings: Settings, { values }: StoredPolicy): Settings {
  const extraHosts = [...(values.extraHosts ?? []), ...settings.extraHosts.filter((h) => !values.extraHosts?.some((p) => p.host === h.host))];
  const next: Settings = { ...settings, ...values, extraHosts };
  if (next.guardForced) next.guardOffHosts = [];
  if (!next.trainerModeAvailable) next.trainerMode = false;
  return next;
}

/** Changes the officer's own settings (never the policy's: those keep winning in loadSettings). */
export async function updateSettings(area: LocalArea, change: Partial<Settings>): Promise<Settings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const own = settingsSchema.safeParse(raw ?? {});
  const next = settingsSchema.parse({ ...(own.success ? own.data : {}), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return withPolicy(next, await loadPolicy(area));
}
