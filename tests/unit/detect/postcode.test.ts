import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { isPostcode } from '../../../utils/detect/numbers/postcode';

describe('postcode', () => {
  it('finds 4 digits and 2 letters, with or without space, in any case', () => {
    expect(found('Wonen in 3512 AB, 3512AB of 3512 ab?', 'postcode')).toEqual(['3512 AB', '3512AB', '3512 ab']);
    expect(found('Bezorging in 1017\u00a0EG lukt niet', 'postcode')).toEqual(['1017\u00a0EG']);
  });

  it('applies the letter rules: never SA, SD or SS', () => {
    expect(isPostcode('3512', 'SA')).toBe(false);
    expect(isPostcode('3512', 'sd')).toBe(false);
    expect(isPostcode('3512', 'SS')).toBe(false);
    expect(isPostcode('3512', 'SB')).toBe(true);
    expect(found('3512 SA, 3512 SD en 3512 SS', 'postcode')).toEqual([]);
  });

  it('needs 1000–9999', () => {
    expect(isPostcode('0123', 'AB')).toBe(false);
    expect(isPostcode('999', 'AB')).toBe(false);
    expect(found('code 0123 AB', 'postcode')).toEqual([]);
  });

  it('does not read a number followed by a word or a unit', () => {
    expect(found('De club heeft 1300 leden en we reden 1200 km, 2000 kg', 'postcode')).toEqual([]);
    expect(found('In 2024 en 2025 AB-testen we', 'postcode')).toEqual([]);
    expect(found('ref 12345 AB en 3512 ABC', 'postcode')).toEqual([]);
  });
});
