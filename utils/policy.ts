import { z } from 'zod';
import { trustPinSchema } from './bundle/timestamp/pin-schema';

/**
 * What an organisation's IT sets by policy (storage.managed): Chromium reads it from
 * /etc/chromium/policies/managed/*.json (GPO/Intune on Windows), Firefox from policies.json;
 * public/managed_schema.json describes the same fields for Chromium. The background mirrors the
 * parsed policy into storage.local (entrypoints/background/policy.ts); loadSettings lets it win.
 */
const host = z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/).max(253);

export const policyFields = {
  tsaUrl: z.string().url().regex(/^https?:\/\//i).max(2000),
  tsaPins: z.array(trustPinSchema).max(20),
  stampAtCapture: z.boolean(),
  trainerModeAvailable: z.boolean(),
  guardForced: z.boolean(),
  extraHosts: z.array(z.object({ host, kind: z.enum(['mastodon', 'generic']) })).max(200),
  dsaNoticeEmail: z.string().trim().email().max(200),
  defaultExportMode: z.enum(['onderNummer', 'volledig']),
};
export type PolicyKey = keyof typeof policyFields;
export const policyKeys = Object.keys(policyFields) as PolicyKey[];

export const POLICY_KEY = 'policy';
export const storedPolicySchema = z.object({
  values: z.object(policyFields).partial(),
  /** Keys the policy set with a value of the wrong type (or unknown keys): ignored, and shown as such. */
  ignored: z.array(z.string().max(200)).max(100),
});
export type StoredPolicy = z.infer<typeof storedPolicySchema>;
export const noPolicy: StoredPolicy = { values: {}, ignored: [] };

/** Parses each field on its own: a wrongly typed value is dropped and named, never the whole policy. */
export function parsePolicy(raw: unknown): StoredPolicy {
  if (raw === null || raw === undefined) return noPolicy;
  if (typeof raw !== 'object' || Array.isArray(raw)) return { values: {}, ignored: ['(beleid is geen object)'] };
  const values: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(raw).slice(0, 100)) {
    const parsed = (policyFields as Record<string, z.ZodType>)[key]?.safeParse(value);
    if (parsed?.success) values[key] = parsed.data;
    else ignored.push(key.slice(0, 200));
  }
  return { values: values as StoredPolicy['values'], ignored };
}
