import { describe, expect, it } from 'vitest';
import { categories, createDetector, detect, type Finding } from '../../../utils/detect/index';

describe('detect', () => {
  it('returns findings over the original text, sorted by start, with their text', () => {
    const text = 'Mila woont op de Lindelaan 14, 3512 AB Utrecht. Bel 06-12345678 of mail j.devries@politie.nl';
    const findings = detect(text, { terms: ['Mila'] });
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ['personal_term', 'Mila'],
      ['address', 'Lindelaan 14'],
      ['postcode', '3512 AB'],
      ['phone', '06-12345678'],
      ['email', 'j.devries@politie.nl'],
      ['police_affiliation', 'j.devries@politie.nl'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('lets one stretch carry two categories', () => {
    const text = 'Mijn auto XT-123-B';
    const found = detect(text, { terms: ['XT-123-B'] }).map((f: Finding) => f.category);
    expect(found).toEqual(['license_plate', 'personal_term']);
  });

  it('gives the same answer through createDetector as through detect', () => {
    const text = 'Ik ben geboren op 12 maart 1988 en woon op 52.0907, 5.1214';
    expect(createDetector([])(text)).toEqual(detect(text));
  });

  it('finds nothing in an empty or clean text', () => {
    expect(detect('')).toEqual([]);
    expect(detect('Mooi weer vandaag, lekker fietsen langs de Vecht.')).toEqual([]);
  });

  it('lists the thirteen categories of the contract', () => {
    expect(categories).toEqual(['phone', 'email', 'postcode', 'address', 'iban', 'bsn', 'license_plate', 'birth_date', 'geo', 'police_affiliation', 'family', 'school', 'personal_term']);
  });

  it('keeps terms per detector: a new profile gives a new detector', () => {
    const a = createDetector(['Mila']);
    const b = createDetector(['Daan']);
    expect(a('Mila en Daan').map((f) => f.text)).toEqual(['Mila']);
    expect(b('Mila en Daan').map((f) => f.text)).toEqual(['Daan']);
  });
});
