import { z } from 'zod';
import { type Category, categories } from '../detect/index';
import { termGroups } from '../profile';
import { sourceKinds } from './sources';

/** One kind of piece a page exposes, with how often it occurs there. */
export const exposureSchema = z.object({
  category: z.enum(categories as unknown as [Category, ...Category[]]),
  /** The profile term for `personal_term`, else the found text in a canonical form. */
  value: z.string().min(1).max(500),
  /** The profile group of a `personal_term` (ownNames, children, …); null for other categories. */
  group: z.enum(termGroups).nullable(),
  count: z.number().int().positive(),
});
export type Exposure = z.infer<typeof exposureSchema>;

/** What one exposure scan of one page found. Parsed with zod whenever read back from storage. */
export const scanRecordSchema = z.object({
  id: z.string().min(1),
  at: z.string().datetime(),
  url: z.string().min(1).max(8192),
  title: z.string().max(1000),
  /** 'trainer' scans use the demo persona; 'self' scans the officer's own profile. */
  mode: z.enum(['trainer', 'self']),
  source: z.enum(sourceKinds),
  /** The page's text was longer than the scan reads; the rest was not scanned. */
  truncated: z.boolean(),
  exposures: z.array(exposureSchema).max(10_000),
});
export type ScanRecord = z.infer<typeof scanRecordSchema>;
export type ScanMode = ScanRecord['mode'];

/** Stored records of one mode, malformed ones dropped, only the latest scan per URL. */
export function latestPerUrl(raw: readonly unknown[], mode: ScanMode): ScanRecord[] {
  const latest = new Map<string, ScanRecord>();
  for (const item of raw) {
    const parsed = scanRecordSchema.safeParse(item);
    if (!parsed.success || parsed.data.mode !== mode) continue;
    const seen = latest.get(parsed.data.url);
    if (!seen || seen.at < parsed.data.at) latest.set(parsed.data.url, parsed.data);
  }
  return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
}
