import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { isPersonalPhone } from '../../../utils/detect/numbers/phone-validate';

describe('phone', () => {
  it.each([
    '06-12345678', '06 12345678', '0612345678', '+31 6 1234 5678', '+31612345678', '0031612345678',
    '030 - 123 45 67', '(020) 123 4567', '020-6241234', '0 6 1 2 3 4 5 6 7 8', '06.12.34.56.78', '06/12345678',
    '+31 (0)6 12 34 56 78', '0345 612345', '+32 470 12 34 56', '+49 151 23456789', '+44 7911 123456',
  ])('finds %s', (number) => {
    expect(found(`Bel me op ${number} vanavond`, 'phone')).toEqual([number]);
  });

  it('sees through obfuscation: zero-width, full-width, NBSP, en-dash', () => {
    for (const number of ['06\u200b1234\u200b5678', '０６１２３４５６７８', '06\u00a012345678', '06–12345678']) {
      expect(found(`nummer ${number}.`, 'phone')).toEqual([number]);
    }
  });

  it('finds Dutch spelled-out numbers, also mixed with digits', () => {
    expect(found('bel nul zes een twee drie vier vijf zes zeven acht ok', 'phone')).toEqual(['nul zes een twee drie vier vijf zes zeven acht']);
    expect(found('app nul 6 12 34 56 78!', 'phone')).toEqual(['nul 6 12 34 56 78']);
    expect(found('nul zes, twee acht, vier zeven, drie negen, een nul', 'phone')).toHaveLength(1);
    expect(found('een twee drie vier, hoedje van papier', 'phone')).toEqual([]);
  });

  it.each(['112', '144', '0900-8844', '0900 8844', '0800-7000', '0800 - 7000', '0800-0113', '0900-1234567', '14 030', '1 1 2'])(
    'does not count the public service number %s',
    (number) => expect(found(`Bel ${number} voor hulp`, 'phone')).toEqual([]),
  );

  it('rejects service numbers in the validator itself', () => {
    expect(isPersonalPhone('08007000')).toBe(false);
    expect(isPersonalPhone('09008844')).toBe(false);
    expect(isPersonalPhone('0800123456')).toBe(false);
    expect(isPersonalPhone('+18005551234')).toBe(false);
    expect(isPersonalPhone('0201234567')).toBe(true);
  });

  it('does not count prices, times, scores, dates, case, order and article numbers', () => {
    const text = 'Kost € 12,50, om 19:30, uitslag 3-1, op 12-03-2024 10 uur, zaak 2024123456, order 845120331, art. 5 lid 2';
    expect(found(text, 'phone')).toEqual([]);
    expect(found('De wedstrijd van 01-02-2024 12 uur', 'phone')).toEqual([]);
  });

  it('does not read digits glued to letters (flight or model numbers) as a number', () => {
    expect(found('vlucht KL0612345678 en model X0612345678', 'phone')).toEqual([]);
  });

  it('splits two numbers written one after the other', () => {
    expect(found('0612345678 0687654321', 'phone')).toEqual(['0612345678', '0687654321']);
  });

  it('leaves the digits of an IBAN alone', () => {
    expect(found('NL22 SNSB 0912 3456 78', 'phone')).toEqual([]);
  });
});
