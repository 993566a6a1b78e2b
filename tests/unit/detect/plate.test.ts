import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { sideCode } from '../../../utils/detect/numbers/plate';

describe('license plate', () => {
  it('knows all 14 RDW side codes, in their groupings', () => {
    const examples = ['BD-12-34', '12-34-BD', '12-BD-34', 'GB-04-RS', 'BD-FG-12', '12-BD-FG', '12-TFL-3', '4-TFL-12', 'XT-123-B',
      'K-123-BD', 'GBD-12-F', 'S-12-BDF', '1-KB-123', '123-GB-4'];
    examples.forEach((plate, i) => {
      const groups = plate.split('-');
      expect(sideCode(groups.join(''), groups.map((g) => g.length))).toBe(i + 1);
    });
    expect(sideCode('XT123B', [3, 2, 1])).toBe(0);
    expect(sideCode('XTB123')).toBe(0);
  });

  it('finds dashed plates in capitals anywhere', () => {
    expect(found('Die XT-123-B en 12-ABC-3 en GB-04-RS', 'license_plate')).toEqual(['XT-123-B', '12-ABC-3', 'GB-04-RS']);
  });

  it('finds undashed, spaced or lower-case plates only when the text is about a vehicle', () => {
    expect(found('Zwarte BMW met kenteken xt123b', 'license_plate')).toEqual(['xt123b']);
    expect(found('Rode Polo 12 TFL 3 gestolen', 'license_plate')).toEqual(['12 TFL 3']);
    expect(found('code xt123b of 12 TFL 3', 'license_plate')).toEqual([]);
  });

  it('reads O for 0 in a digit position', () => {
    expect(found('Busje GB-O4-RS reed weg', 'license_plate')).toEqual(['GB-O4-RS']);
    expect(sideCode('GBO4RS')).toBe(4);
  });

  it('does not count flight numbers, versions or short codes', () => {
    expect(found('Met de auto naar Schiphol, vlucht KL1234 en HV5678', 'license_plate')).toEqual([]);
    expect(found('A-12, v1.2.3, COVID-19, A4-papier, RTL-4, USB-C', 'license_plate')).toEqual([]);
    expect(found('de auto rijdt is 30 km per uur', 'license_plate')).toEqual([]);
  });
});
