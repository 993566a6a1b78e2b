import { describe, expect, it } from 'vitest';
import { found } from './helpers';
import { compileTerms, variants } from '../../../utils/detect/terms';

const terms = ['Mila', 'Daan', 'Lindelaan', 'Sanne de Vries', 'José', 'XT-123-B', 'Bram', 'Zeist'];

describe('personal terms', () => {
  it('matches case- and accent-insensitively', () => {
    expect(found('MILA en mila en Jose en JOSÉ', 'personal_term', terms)).toEqual(['MILA', 'mila', 'Jose', 'JOSÉ']);
  });

  it('matches common Dutch endings', () => {
    expect(found("Mila's fiets, Daantje, Milaatje, Brammetje, Zeister bossen, Daans jas", 'personal_term', terms))
      .toEqual(["Mila's", 'Daantje', 'Milaatje', 'Brammetje', 'Zeister', 'Daans']);
    expect(variants('daan')).toContain('daantje');
    expect(variants('bram')).toContain('brammetje');
  });

  it('does not match the same letters inside an unrelated longer word', () => {
    expect(found('Naar Milaan, daarna Daanish, lindelaantjesfeest, bramen plukken', 'personal_term', terms)).toEqual([]);
  });

  it('sees through spaced, dotted and dashed letters and look-alike characters', () => {
    expect(found('groetjes van M i l a, M.i.l.a en M-i-l-a', 'personal_term', terms)).toEqual(['M i l a', 'M.i.l.a', 'M-i-l-a']);
    expect(found('Мila (met Cyrillische M)', 'personal_term', terms)).toEqual(['Мila']);
    expect(found('Mi\u200bla', 'personal_term', terms)).toEqual(['Mi\u200bla']);
  });

  it('matches multi-word terms and plates however they are spaced', () => {
    expect(found('Hoi, ik ben Sanne de Vries', 'personal_term', terms)).toEqual(['Sanne de Vries']);
    expect(found('auto xt123b en XT 123 B', 'personal_term', terms)).toEqual(['xt123b', 'XT 123 B']);
  });

  it('ignores empty and one-letter terms', () => {
    expect(compileTerms(['', ' ', 'a']).full.size).toBe(0);
    expect(found('a b c', 'personal_term', ['a'])).toEqual([]);
  });

  it('finds nothing without terms', () => {
    expect(found('Mila en Daan', 'personal_term')).toEqual([]);
  });
});
