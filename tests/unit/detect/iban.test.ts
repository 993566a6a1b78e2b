import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { ibanChecksumValid } from '../../../utils/detect/numbers/iban';

describe('iban', () => {
  it('checks mod-97', () => {
    expect(ibanChecksumValid('NL91ABNA0417164300')).toBe(true);
    expect(ibanChecksumValid('NL91ABNA0417164301')).toBe(false);
    expect(ibanChecksumValid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('BE68539007547034')).toBe(true);
    expect(ibanChecksumValid('FR7630006000011234567890189')).toBe(true);
    expect(ibanChecksumValid('nl91abna0417164300')).toBe(true);
    expect(ibanChecksumValid('NL9XABNA0417164300')).toBe(false);
  });

  it('finds IBANs of any country, grouped or not', () => {
    const text = 'NL91 ABNA 0417 1643 00, NL91ABNA0417164300, BE68 5390 0754 7034, DE89 3704 0044 0532 0130 00 en GB29 NWBK 6016 1331 9268 19';
    expect(found(text, 'iban')).toEqual([
      'NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', 'BE68 5390 0754 7034', 'DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19',
    ]);
  });

  it('rejects a wrong check or a wrong length', () => {
    expect(found('NL91 ABNA 0417 1643 01 en NL91 ABNA 0417 1643 0', 'iban')).toEqual([]);
    expect(found('NL91ABNA04171643001', 'iban')).toEqual([]);
  });
});
