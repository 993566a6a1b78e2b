import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('kin titles of fictional characters', () => {
  it.each([
    'Tante Sidonia is een personage uit een kinderboek',
    'Oom Dagobert uit de strip is rijker dan ooit',
    'Tante Sidonia, het bekende personage, kookt weer',
  ])('is no family member in %j', (text) => {
    expect(found(text, 'family')).toEqual([]);
  });

  it('still finds real kin titles, also near books and films', () => {
    expect(found('Oma Truus komt zondag eten', 'family')).toEqual(['Oma Truus']);
    expect(found('Opa Henk leest een boek voor aan de kinderen', 'family')).toEqual(['Opa Henk']);
    expect(found('Tante Ria is een schat, ze kijkt elke week een film met ons', 'family')).toEqual(['Tante Ria']);
  });
});
