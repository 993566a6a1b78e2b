import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../../utils/detect/text/by-first-letter';

const hits = (source: string, text: string): string[] => [...text.matchAll(new RegExp(source, 'gi'))].map((m) => `${m.index}:${m[0]}`);

describe('byFirstLetter', () => {
  it('groups alternatives by their first letter, keeping their order within a letter', () => {
    expect(byFirstLetter('school|\\bbso\\b|spreekbeurt|brengen')).toBe('s(?:chool|preekbeurt)|(?:\\bbso\\b|brengen)');
    expect(byFirstLetter('a(?:gent|spirant)|\\b(?:obs|ibs)\\b')).toBe('a(?:gent|spirant)|\\bobs\\b|\\bibs\\b');
  });

  it('finds what the flat alternation finds, first match first', () => {
    const flat = 'school|schoolhond|\\bz(?:it|at)(?=\\s(?:[a-z]+\\s){0,3}op\\b)|zoon|\\b(?:kind|kinderen)(?=\\s(?:op|van)\\b)|kindcentrum|klas\\s[1-6]';
    const text = 'De schoolhond zat bij ons op het plein; zoontje en de kinderen van het kindcentrum, klas 3 en kind op school';
    expect(hits(byFirstLetter(flat), text)).toEqual(hits(flat, text));
  });

  it('refuses an alternative without a leading letter unless the order does not matter', () => {
    expect(() => byFirstLetter('gym|\\p{L}*sollicit')).toThrow(/no leading letter/);
    expect(byFirstLetter('gym|\\p{L}*sollicit', { anyOrder: true })).toBe('gym|\\p{L}*sollicit');
  });

  it('lets a group start with a capital too, or keeps capitals apart for words looked for as written', () => {
    expect(byFirstLetter('ben|was|begin', { capital: true })).toBe('[bB](?:en|egin)|[wW]as');
    expect(byFirstLetter('me-|ME|mijn', { cased: true })).toBe('m(?:e-|ijn)|ME');
    expect(() => byFirstLetter('me-|ME')).toThrow(/no leading letter/);
  });
});
