import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../../utils/findability/advice';
import { classifySource } from '../../../utils/findability/sources';
import { record } from './helpers';

const origin = 'chrome-extension://abc/';

describe('sources and advice', () => {
  it('knows the kind of a source from its host, and the demo pages by path', () => {
    expect(classifySource('https://www.facebook.com/lotte', origin)).toBe('social');
    expect(classifySource('https://www.strava.com/activities/1', origin)).toBe('sports_tracking');
    expect(classifySource('https://www.kvk.nl/orderstraat/product-kiezen/?kvknummer=1', origin)).toBe('business_register');
    expect(classifySource('https://www.rtvutrecht.nl/nieuws/1', origin)).toBe('news');
    expect(classifySource('https://www.google.com/search?q=x', origin)).toBe('search');
    expect(classifySource('https://www.vvoefenvogels.nl/teams', origin)).toBe('sports_club');
    expect(classifySource('https://www.example.org/', origin)).toBe('other');
    expect(classifySource(`${origin}demo/register.html`, origin)).toBe('business_register');
    expect(classifySource('chrome-extension://other/demo/register.html', origin)).toBe('other');
    expect(classifySource('not a url', origin)).toBe('other');
  });

  it('advises per kind of source first, then per kind of piece, without doubles', () => {
    const r = record('https://www.strava.com/a', [['homeStreet', 'Oefenlaan'], ['geo', '52.6, 4.2'], ['address', 'Oefenlaan 7']], { source: 'sports_tracking' });
    expect(adviceFor(r)).toEqual(['TrackerPrivacyZone', 'RemoveAddress', 'RemoveLocation']);
  });

  it('gives no advice for a source that says nothing about the person', () => {
    expect(adviceFor(record('https://bakker.nl', [['address', 'Deeglaan 3']]))).toEqual([]);
  });
});
