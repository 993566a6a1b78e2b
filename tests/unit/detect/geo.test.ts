import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('geo', () => {
  it.each([
    '52.0907, 5.1214', `52°05'26.5"N 5°07'17.0"E`, 'N 52.0843 E 5.1467', '51.9225, 4.47917', `52° 5.442' N, 5° 7.283' E`,
    '52.0907N 5.1214E', '-33.8688, 151.2093',
  ])('finds %s', (coordinates) => {
    expect(found(`We staan op ${coordinates} vanavond`, 'geo')).toEqual([coordinates]);
  });

  it('finds a pair in a maps link', () => {
    expect(found('https://maps.google.com/?q=52.09071,5.12142', 'geo')).toEqual(['52.09071,5.12142']);
  });

  it('needs four decimals for a bare pair, unless the text says it is a location', () => {
    expect(found('Opbrengst 12.500, 13.750 euro', 'geo')).toEqual([]);
    expect(found('locatie: 52.090, 5.121', 'geo')).toEqual(['52.090, 5.121']);
  });

  it('does not count versions, decimals, IP addresses or out-of-range pairs', () => {
    expect(found('versie 2.10.3, cijfers 7.25, 8.50, ip 192.168.1.1, 95.1234, 200.1234', 'geo')).toEqual([]);
  });

  it('ends the span at the last digit, not at a following space', () => {
    expect(found('Locatie 52.0907, 5.1214 — jarig', 'geo')).toEqual(['52.0907, 5.1214']);
  });
});
