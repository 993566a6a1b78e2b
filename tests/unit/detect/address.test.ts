import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { isStreetName, isStreetWord } from '../../../utils/detect/streets';

describe('address', () => {
  it.each([
    'Lindelaan 14', 'Kerkstraat 3-bis', 'Oude Gracht 12a', 'Burg. de Withstraat 2 hs', 'Prinsengracht 263', 'Coolsingel 40',
    'Mauritskade 5 II', 'Nieuwe Binnenweg 176B', 'Burgemeester Reigerstraat 45', 'Laan van Meerdervoort 112', 'Vondellaan 7-1',
    'Hoogstraat 8 zw', 'Amsterdamsestraatweg 402', 'Jan van Galenstraat 118',
  ])('finds %s with only the street\'s own words', (address) => {
    expect(found(`Afhalen op de ${address}, na zessen`, 'address')).toEqual([address]);
  });

  it('takes a lower-case compound street too', () => {
    expect(found('ik woon op de kerkstraat 12 hoor', 'address')).toEqual(['kerkstraat 12']);
  });

  it('finds a street without a street suffix after "ik woon aan de" or "adres:"', () => {
    expect(found('Ik woon aan de Damrak 70, dus', 'address')).toEqual(['Damrak 70']);
    expect(found('haar nieuwe adres: Akkerwinde 7?', 'address')).toEqual(['Akkerwinde 7']);
  });

  it('does not count a street name without a number', () => {
    expect(found('Op de Kerkstraat is het druk, de Lindelaan is dicht', 'address')).toEqual([]);
  });

  it('does not count road numbers, years, or numbers with a unit', () => {
    expect(found('File op de A12 en de N201, de A2 bij Vianen', 'address')).toEqual([]);
    expect(found('Stationsplein 2024 was druk; op de Stationsweg 30 km per uur; Kerkstraat 3 keer', 'address')).toEqual([]);
  });

  it('does not count ordinary words that end like a street, or team names', () => {
    expect(found('Ik ben onderweg 2 uur, het fietspad 3 keer, Feyenoord 3-1 Ajax', 'address')).toEqual([]);
    expect(isStreetName('onderweg', 'onderweg')).toBe(false);
    expect(isStreetName('vismarkt', 'vismarkt')).toBe(false);
    expect(isStreetName('vismarkt', 'Vismarkt')).toBe(true);
    expect(isStreetWord('gracht')).toBe(true);
  });

  it('takes "Hoofdstraat" with a capital as the street many towns have, not "de hoofdstraat" (development batches k-, m-)', () => {
    expect(found('Wanneer komt de wijkagent kijken bij de Hoofdstraat 88?', 'address')).toEqual(['Hoofdstraat 88']);
    expect(found('we liepen de hoofdstraat 3 keer af', 'address')).toEqual([]);
  });

  it('takes an addition glued to the number (3bis, 512bis)', () => {
    expect(found('ik woon op de Amsterdamsestraatweg 512bis', 'address')).toEqual(['Amsterdamsestraatweg 512bis']);
    expect(found('Kerkstraat 3bis', 'address')).toEqual(['Kerkstraat 3bis']);
  });
});
