import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('birth date', () => {
  it.each([
    ['Ik ben geboren op 12 maart 1988 in Utrecht', '12 maart 1988'],
    ['Daan is jarig op 14-02, taart!', '14-02'],
    ['J. de Vries, geb. 12-03-1988', '12-03-1988'],
    ['Mijn verjaardag is 3 mei', '3 mei'],
    ['Mila is op 7 juli 2016 geboren', '7 juli 2016'],
    ['Ik word 12 april 40 jaar', '12 april'],
    ['Geboortedatum: 01-01-1980', '01-01-1980'],
    ['Mijn dochter is 15 augustus jarig', '15 augustus'],
    ['born on March 3, 1990', 'March 3, 1990'],
    ['geboren 1988-03-12', '1988-03-12'],
    ['Ik ben 14/06/1979 geboren', '14/06/1979'],
  ])('finds the date in %j', (text, date) => {
    expect(found(text, 'birth_date')).toEqual([date]);
  });

  it('knows the Dutch month names and their abbreviations', () => {
    for (const month of ['januari', 'feb', 'mrt', 'apr', 'mei', 'jun', 'juli', 'aug', 'sept', 'okt', 'nov', 'december']) {
      expect(found(`geboren op 3 ${month} 1990`, 'birth_date')).toHaveLength(1);
    }
  });

  it('does not count other dates: events, deadlines, holidays', () => {
    const text = 'De braderie is op 12 maart. Deadline 14-02. Op 5 mei vieren we de bevrijding. Koningsdag 27 april.';
    expect(found(text, 'birth_date')).toEqual([]);
    expect(found('De wedstrijd van 12-03-2024 is verplaatst naar 19-03-2024', 'birth_date')).toEqual([]);
  });

  it('needs the cue as a word of its own: "uitgebracht" is no "geb."', () => {
    expect(found('Versie 2.4.1 uitgebracht op 12 maart 2024.', 'birth_date')).toEqual([]);
    expect(found('Het boek is gebracht op 3 mei', 'birth_date')).toEqual([]);
  });
});
