import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { elevenTest } from '../../../utils/detect/numbers/bsn';

describe('bsn', () => {
  it('applies the 11-test', () => {
    expect(elevenTest('111222333')).toBe(true);
    expect(elevenTest('123456782')).toBe(true);
    expect(elevenTest('123456789')).toBe(false);
    expect(elevenTest('12345678')).toBe(false);
  });

  it('rejects all-zero prefixes even when the sum works out', () => {
    expect(elevenTest('000000000')).toBe(false);
    expect(elevenTest('000000011')).toBe(false);
  });

  it('finds nine digits with or without dots and spaces', () => {
    expect(found('BSN 111222333, 1112.22.333, 231 476 516 en 246.813.581', 'bsn')).toEqual(['111222333', '1112.22.333', '231 476 516', '246.813.581']);
  });

  it('does not count numbers failing the test, or labelled order/ticket/case numbers', () => {
    expect(found('nummer 123456789 of 987654320', 'bsn')).toEqual([]);
    expect(found('Bestelnummer 123456782 is zoek', 'bsn')).toEqual([]);
    expect(found('Mijn BSN 123456782 staat erop', 'bsn')).toEqual(['123456782']);
  });

  it('does not take nine digits out of a longer number', () => {
    expect(found('1234567820 en 123.456.782.1', 'bsn')).toEqual([]);
  });
});
