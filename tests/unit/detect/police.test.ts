import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('police affiliation', () => {
  it.each([
    'Ik werk bij de politie en zie dit elke week',
    'Als wijkagent in Lombok krijg ik veel vragen',
    "Trots op mijn collega's van de noodhulp Utrecht",
    'Mijn dienstnummer 123456 staat erop',
    'Ik ben wijkagent in deze buurt',
    'Ik zit al 12 jaar bij de ME',
    'Vannacht weer nachtdienst gedraaid bij de noodhulp',
    'Ik werk als rechercheur bij de districtsrecherche',
    'Jan is wijkagent in Overvecht',
    'Mijn man werkt bij de politie',
    'Morgen dienst op bureau Paardenveld',
    'Wij van het basisteam Utrecht-Centrum houden spreekuur',
    'Ik ben de nieuwe wijkagent van Zuilen',
    'Mijn dienstwapen ligt in de kluis',
  ])('finds the self-disclosure in %j', (text) => {
    expect(found(text, 'police_affiliation')).toHaveLength(1);
  });

  it('marks a @politie.nl address as both e-mail and police affiliation', () => {
    expect(found('Mail j.devries@politie.nl', 'police_affiliation')).toEqual(['j.devries@politie.nl']);
    expect(found('Mail j.devries@politie.nl', 'email')).toEqual(['j.devries@politie.nl']);
  });

  it.each([
    'De politie moet veel beter optreden tegen die hangjongeren',
    'Volgens de politie is de verdachte aangehouden',
    "'We zoeken getuigen', aldus de politie Utrecht",
    'Ik heb gisteren aangifte gedaan bij de politie',
    'Onze wijkagent is echt top',
    'Ik ben gisteren bij de politie geweest voor aangifte',
    'NOS: politie zoekt getuigen van steekpartij',
    'Mijn buurman belde de politie',
    'Ik wil later agent worden',
    'Ik werk bij de Albert Heijn',
    'Als agent moet je je aan de regels houden, vind ik',
    'Kijk op www.politie.nl voor tips',
  ])('does not count third-person talk: %j', (text) => {
    expect(found(text, 'police_affiliation')).toEqual([]);
  });
});
