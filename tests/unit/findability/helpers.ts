import type { Exposure, ScanRecord } from '../../../utils/findability/record';

let n = 0;
/** A scan record for tests; exposures given as [category-or-group, value] pairs. */
export function record(url: string, pieces: [string, string][], extra: Partial<ScanRecord> = {}): ScanRecord {
  const groups = ['ownNames', 'partner', 'children', 'family', 'homeStreet', 'homeTown', 'school', 'sportsClub', 'carPlate', 'other'];
  const exposures: Exposure[] = pieces.map(([what, value]) =>
    groups.includes(what)
      ? { category: 'personal_term', value, group: what as Exposure['group'], count: 1 }
      : { category: what as Exposure['category'], value, group: null, count: 1 });
  n += 1;
  return {
    id: `scan-${n}`, at: new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString(), url, title: url, mode: 'trainer',
    source: 'other', truncated: false, exposures, ...extra,
  };
}
