import { describe, expect, it, vi } from 'vitest';
import { termFor } from '../../../utils/findability/exposures';
import { personaProfile } from '../../../utils/findability/persona';
import { latestPerUrl } from '../../../utils/findability/record';
import { buildReport } from '../../../utils/findability/report';
import { scanPage, scanSubject } from '../../../utils/findability/scan';
import { type Profile, emptyProfile } from '../../../utils/profile';

const real: Profile = { ...emptyProfile(), terms: { ...emptyProfile().terms, ownNames: ['Karin Smit'], children: ['Olivier'] } };
const text = 'Lotte Demodijk en wethouder Karin Smit openden het feest; Olivier en Fenna speelden.';
const page = { url: 'https://nieuws.nl/feest', title: 'Feest', text, truncated: false };

describe('trainer mode and the officer\'s own profile', () => {
  it('trainer mode scans with the persona and never reads the real profile', async () => {
    const read = vi.fn(async () => real);
    const subject = await scanSubject(true, read);
    expect(read).not.toHaveBeenCalled();
    expect(subject).toEqual({ mode: 'trainer', profile: personaProfile });
    const { record } = scanPage(page, subject, { id: 't1', at: new Date(), source: 'news' });
    const values = record.exposures.map((e) => e.value);
    expect(values).toEqual(expect.arrayContaining(['Lotte Demodijk', 'Fenna']));
    expect(JSON.stringify(record)).not.toMatch(/Karin Smit|Olivier/);
  });

  it('outside trainer mode the scan uses the officer\'s own profile, marked as a self scan', async () => {
    const subject = await scanSubject(false, async () => real);
    const { record } = scanPage(page, subject, { id: 's1', at: new Date(), source: 'news' });
    expect(record.mode).toBe('self');
    expect(record.exposures.filter((e) => e.category === 'personal_term').map((e) => [e.group, e.value]))
      .toEqual([['ownNames', 'Karin Smit'], ['children', 'Olivier']]);
  });

  it('a trainer report never contains a self scan, and a self report never a trainer scan', async () => {
    const self = scanPage(page, await scanSubject(false, async () => real), { id: 's1', at: new Date(), source: 'news' }).record;
    const trainer = scanPage(page, await scanSubject(true, async () => real), { id: 't1', at: new Date(), source: 'news' }).record;
    const trainerReport = buildReport([self, trainer], 'trainer');
    expect(trainerReport.sources.map((s) => s.record.id)).toEqual(['t1']);
    expect(JSON.stringify(trainerReport)).not.toMatch(/Karin Smit|Olivier/);
    expect(buildReport([self, trainer], 'self').sources.map((s) => s.record.id)).toEqual(['s1']);
  });

  it('reads back only well-formed records, the latest scan per page', () => {
    const base = { url: 'https://a.nl/', title: 'A', mode: 'self', source: 'other', truncated: false, exposures: [] };
    const kept = latestPerUrl([
      { ...base, id: '1', at: '2025-01-01T00:00:00.000Z' },
      { ...base, id: '2', at: '2025-01-02T00:00:00.000Z' },
      { ...base, id: '3', at: 'gisteren' },
      { id: '4' },
      null,
    ], 'self');
    expect(kept.map((r) => r.id)).toEqual(['2']);
  });

  it('names the profile term behind a found variant', () => {
    const p: Profile = { ...emptyProfile(), terms: { ...emptyProfile().terms, children: ['Mila', 'Daan'], ownNames: ['Mila de Boer'] } };
    expect(termFor("Mila's", p)).toEqual({ term: 'Mila', group: 'children' });
    expect(termFor('M i l a', p)).toEqual({ term: 'Mila', group: 'children' });
    expect(termFor('Daantje', p)).toEqual({ term: 'Daan', group: 'children' });
    expect(termFor('Mila de Boer', p)).toEqual({ term: 'Mila de Boer', group: 'ownNames' });
    expect(termFor('Jan', p)).toBeNull();
  });
});
