import { z } from 'zod';
import { platforms } from './sites/types';

/** Groups of personal terms, in the order an officer thinks of them. */
export const termGroups = [
  'ownNames', 'partner', 'children', 'family', 'homeStreet',
  'homeTown', 'school', 'sportsClub', 'carPlate', 'other',
] as const;
export type TermGroup = (typeof termGroups)[number];

const term = z.string().trim().min(1).max(200);

export const profileSchema = z.object({
  terms: z.object(Object.fromEntries(termGroups.map((g) => [g, z.array(term).max(200)])) as {
    [K in TermGroup]: z.ZodArray<typeof term>;
  }),
  /** The number under which the police take the aangifte ("onder nummer"). */
  personnelNumber: z.string().trim().max(20).regex(/^[A-Za-z0-9-]*$/),
  /** The officer's own accounts: kept out of every bundle filed onder nummer ('generic': any platform). */
  accounts: z.array(z.object({ platform: z.enum(platforms), handle: term })).max(50).default([]),
});
export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(): Profile {
  return {
    terms: Object.fromEntries(termGroups.map((g) => [g, []])) as unknown as Profile['terms'],
    personnelNumber: '',
    accounts: [],
  };
}

/** All terms of a profile as one flat, de-duplicated list (for the detector). */
export function allTerms(profile: Profile): string[] {
  return [...new Set(termGroups.flatMap((g) => profile.terms[g]))];
}

export const profileFileSchema = z.object({
  format: z.literal('schildwacht-profile'),
  version: z.literal(1),
  exportedAt: z.string().datetime(),
  profile: profileSchema,
});
export type ProfileFile = z.infer<typeof profileFileSchema>;

export function toProfileFile(profile: Profile, now: Date): ProfileFile {
  return { format: 'schildwacht-profile', version: 1, exportedAt: now.toISOString(), profile };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses an imported profile file; never throws, explains what is wrong. */
export function parseProfileFile(text: string): ParseResult<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const result = profileFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: issue ? `${issue.path.join('.') || 'bestand'}: ${issue.message}` : 'invalid' };
  }
  return { ok: true, value: result.data.profile };
}
