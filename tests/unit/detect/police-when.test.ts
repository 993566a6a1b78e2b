import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('police self-disclosure with when or how long', () => {
  it.each([
    ['Ik ben sinds januari brigadier en het bevalt prima', 'Ik ben sinds januari brigadier'],
    ['Ik werk sinds september bij de politie', 'Ik werk sinds september bij de politie'],
    ['Ben sinds maart wijkagent hier', 'Ben sinds maart wijkagent'],
    ['Ik werk al een tijdje bij de recherche, dus ik zie dit vaker', 'Ik werk al een tijdje bij de recherche'],
    ['Ik zit al een poos bij de noodhulp', 'Ik zit al een poos bij de noodhulp'],
    ['Ik ben nu een paar jaar agent', 'Ik ben nu een paar jaar agent'],
    ['Mijn man werkt al enkele jaren bij de politie', 'Mijn man werkt al enkele jaren bij de politie'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text, 'police_affiliation')).toEqual([expected]);
  });

  it('still leaves talk about the police alone', () => {
    expect(found('De politie is al een tijdje bezig in onze straat', 'police_affiliation')).toEqual([]);
    expect(found('Ik ben sinds januari op zoek naar werk bij de bakker', 'police_affiliation')).toEqual([]);
  });
});
