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
    expect(found('Bestand van 4096 KB, trein om 1200 AM', 'postcode')).toEqual([]);
    expect(found('zoals velen weten ben ik sinds 2009 uw wijkagent, 1998 af', 'postcode')).toEqual([]);
    expect(found('de nieuwe BMW R 1250 RT opgehaald', 'postcode')).toEqual([]);
  });

  it('reads unit-like capitals as a postcode when a place name follows or an address or "bij" comes before (development batches a-, l-, m-)', () => {
    expect(found('Dorpsstraat 45, 6741 KB Lunteren', 'postcode')).toEqual(['6741 KB']);
    expect(found('Stationsweg 2, 2805 AM, Gouda', 'postcode')).toEqual(['2805 AM']);
    expect(found('Helikopter boven onze buurt bij 3524 KB, weet iemand meer?', 'postcode')).toEqual(['3524 KB']);
  });
});
