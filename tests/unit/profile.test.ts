import { describe, expect, it } from 'vitest';
import { allTerms, emptyProfile, parseProfileFile, toProfileFile } from '../../utils/profile';

const profile = () => {
  const p = emptyProfile();
  p.terms.children = ['Mila', 'Daan'];
  p.terms.homeStreet = ['Lindelaan'];
  p.terms.other = ['Mila'];
  p.personnelNumber = '123456';
  return p;
};

describe('profile file', () => {
  it('round-trips through export and import', () => {
    const text = JSON.stringify(toProfileFile(profile(), new Date('2026-11-26T10:00:00Z')));
    expect(parseProfileFile(text)).toEqual({ ok: true, value: profile() });
  });

  it('explains a file that is not JSON', () => {
    expect(parseProfileFile('{nope')).toEqual({ ok: false, error: 'notJson' });
  });

  it('names the field of a file with the wrong shape', () => {
    const file = toProfileFile(profile(), new Date());
    const bad = { ...file, profile: { ...file.profile, terms: { ...file.profile.terms, children: 'Mila' } } };
    const result = parseProfileFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('profile.terms.children');
  });

  it('refuses another format and a personnel number with odd characters', () => {
    expect(parseProfileFile(JSON.stringify({ ...toProfileFile(profile(), new Date()), format: 'x' })).ok).toBe(false);
    const p = profile();
    p.personnelNumber = '<script>';
    expect(parseProfileFile(JSON.stringify(toProfileFile(p, new Date()))).ok).toBe(false);
  });

  it('flattens terms without duplicates', () => {
    expect(allTerms(profile())).toEqual(['Mila', 'Daan', 'Lindelaan']);
  });
});
