import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../../utils/findability/advice';
import { buildGraph } from '../../../utils/findability/graph';
import { personaProfile } from '../../../utils/findability/persona';
import { scanPage } from '../../../utils/findability/scan';

describe('named family members and schools in the findability scan', () => {
  it('become pieces of the chain and get their advice, without being in the profile', () => {
    const text = 'Lotte Demodijk: trots op mijn zoon Thijs, die in groep 6 van De Boomgaard zit. Hij woont op Oefenlaan 7.';
    const { record } = scanPage({ url: 'https://www.facebook.com/lotte', title: 'Lotte', text, truncated: false },
      { mode: 'trainer', profile: personaProfile }, { id: 's1', at: new Date(Date.UTC(2026, 0, 1)), source: 'social' });
    expect(record.exposures.filter((e) => e.category === 'family' || e.category === 'school').map((e) => [e.category, e.value]))
      .toEqual([['family', 'mijn zoon Thijs'], ['school', 'groep 6 van De Boomgaard']]);
    const ids = buildGraph([record]).nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['family:mijn zoon thijs', 'school:groep 6 van de boomgaard']));
    expect(adviceFor(record)).toEqual(expect.arrayContaining(['SocialPrivate', 'AskFamily', 'HideChildren']));
  });
});
