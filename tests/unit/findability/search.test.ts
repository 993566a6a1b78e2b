import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS, cleanTerms, composeQuery, composeSearches } from '../../../utils/findability/search';

describe('guided self-search composition', () => {
  it('composes nothing until the officer picks a term', () => {
    expect(composeSearches([])).toEqual([]);
    expect(composeSearches(['  ', '"'])).toEqual([]);
  });

  it('quotes multi-word terms as exact phrases and leaves single words bare', () => {
    expect(composeQuery(['Lotte Demodijk', 'Verzinveen'])).toBe('"Lotte Demodijk" Verzinveen');
    expect(composeQuery(['Lotte Demodijk'], false)).toBe('Lotte Demodijk');
  });

  it('cleans terms: no stray quotes, no doubles (any case), bounded in number', () => {
    expect(cleanTerms(['"Mila"', 'mila', ' Daan  de   Vries '])).toEqual(['Mila', 'Daan de Vries']);
    expect(cleanTerms(Array.from({ length: 20 }, (_, i) => `t${i}`))).toHaveLength(MAX_SEARCH_TERMS);
  });

  it('builds an https search per service, with the query URL-encoded', () => {
    const links = composeSearches(['Lotte Demodijk', 'Café & Co']);
    const google = links.find((l) => l.id === 'google')!;
    expect(google.url).toBe('https://www.google.com/search?q=%22Lotte%20Demodijk%22%20%22Caf%C3%A9%20%26%20Co%22');
    expect(new URL(google.url).searchParams.get('q')).toBe('"Lotte Demodijk" "Café & Co"');
    expect(links.every((l) => new URL(l.url).protocol === 'https:')).toBe(true);
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
  });

  it('covers search engines, the social sites and Dutch public sources', () => {
    const links = composeSearches(['Lotte Demodijk']);
    const ids = (g: string) => links.filter((l) => l.group === g).map((l) => l.id);
    expect(ids('engine')).toEqual(expect.arrayContaining(['google', 'bing', 'duckduckgo']));
    expect(ids('social')).toEqual(expect.arrayContaining(['facebook', 'instagram', 'x', 'linkedin', 'tiktok', 'strava']));
    expect(ids('public')).toEqual(expect.arrayContaining(['kvk', 'bekendmakingen', 'telefoongids']));
    const kvk = links.find((l) => l.id === 'kvk')!;
    expect(new URL(kvk.url).searchParams.get('q')).toBe('Lotte Demodijk');
    expect(new URL(links.find((l) => l.id === 'x')!.url).searchParams.get('q')).toBe('"Lotte Demodijk"');
  });

  it('searches a site without its own search through Google with site:', () => {
    const link = composeSearches(['Lotte Demodijk']).find((l) => l.id === 'bekendmakingen')!;
    expect(link.viaGoogle).toBe(true);
    expect(new URL(link.url).host).toBe('www.google.com');
    expect(new URL(link.url).searchParams.get('q')).toBe('"Lotte Demodijk" site:officielebekendmakingen.nl');
  });
});
