import { type Finding, createDetector } from '../detect/index';
import { type Profile, allTerms } from '../profile';
import { summarise } from './exposures';
import { personaProfile } from './persona';
import { type ScanMode, type ScanRecord, scanRecordSchema } from './record';
import type { SourceKind } from './sources';

/**
 * Whose terms a scan looks for. In trainer mode that is the fictional persona
 * and the officer's profile is not even read; otherwise the officer's own profile.
 */
export async function scanSubject(
  trainerMode: boolean,
  readProfile: () => Promise<Profile>,
): Promise<{ mode: ScanMode; profile: Profile }> {
  if (trainerMode) return { mode: 'trainer', profile: personaProfile };
  return { mode: 'self', profile: await readProfile() };
}

export interface PageInput {
  url: string;
  title: string;
  text: string;
  truncated: boolean;
}

export interface ScanResult {
  record: ScanRecord;
  findings: Finding[];
}

/** Runs the guard's detector over a page's text and turns the findings into a scan record. */
export function scanPage(
  page: PageInput,
  subject: { mode: ScanMode; profile: Profile },
  meta: { id: string; at: Date; source: SourceKind },
): ScanResult {
  const findings = createDetector(allTerms(subject.profile))(page.text);
  const record = scanRecordSchema.parse({
    id: meta.id,
    at: meta.at.toISOString(),
    url: page.url,
    title: page.title.slice(0, 1000),
    mode: subject.mode,
    source: meta.source,
    truncated: page.truncated,
    exposures: summarise(findings, subject.profile),
  });
  return { record, findings };
}
