import { describe, expect, it } from 'vitest';
import { found } from './helpers';

// issue 13, session 13: what the clause-level decision (police-clause.ts) adds to the patterns
describe('police self-disclosure decided per clause', () => {
  it.each([
    'Ik draai nachtdiensten bij het cameratoezicht van de politie en je schrikt wat je ziet',
    'mijn werkpas van de politie ligt nog in de auto, balen',
    'Ik ben forensisch rechercheur, nee het is niet zoals op tv',
    'mijn team bij de Landelijke Eenheid zoekt nog iemand',
    'Na zes jaar noodhulp ben ik overgestapt naar zeden, heel ander werk',
    'Hoofdagent | moeder van 3 | tweets op persoonlijke titel',
    'Teamchef basisteam Rijnmond-Noord, op persoonlijke titel',
    'Politie 👮 | Zeden | Utrecht | hardloper',
    'Groeten vanaf de meldkamer, politiecentralist hier, rustige nacht',
    'Als wachtcommandant heb je nooit een saaie nacht',
    'Als motoragent in dit weer: kletsnat, maar mooi werk',
    'Sinds januari brigadier bij team Zuid, nog aan het wennen',
    'Onze wijkagent Fatima heeft het weer mooi opgelost',
    'Vraag aan de rest van de blauwe familie: hoe doen jullie dat met de opvang?',
    'Rooster is weer gek: vier nachten noodhulp en dan twee vrij',
    'Wij van Team Verkeer Utrecht stonden vandaag met de laser op de A12',
    "I'm a Dutch cop and this made my day",
    'Werk nu vijf jaar bij de politie en nog steeds trots als ik dat uniform aantrek',
    // development batch k-
    "Ex-ME'er hier, tegenwoordig bij de verkeerspolitie in Breda",
    'In de twaalf jaar dat ik agent ben heb ik dit nog niet gezien',
    'Beleidsadviseur Politie | Eenheid Oost-Nederland | eigen mening',
    '🚓 | Politie Utrecht | Overvecht | hardloper',
    "Gaan er nog meer collega's uit basisteam Kennemerland naar de borrel?",
    'Eindelijk terug op de kit na een lange dienst',
    'mn porto was halverwege de dienst al leeg',
    "Proud to share that I've joined the Dutch National Police",
    'Hoi allemaal, hier Sanne van het wijkteam Lombok',
    'IK WERK AL TIEN JAAR BIJ DE POLITIE EN IK BEN HET ZAT',
    // development batch m-: career steps, jargon of the writer's own day, units by their short names, teams, profiles
    'werd om 4u opgeroepen als piketrechercheur, dus vandaag ff niks',
    'sinds mn overplaatsing naar basisteam Zaanstad ben ik veel langer onderweg',
    'Zaterdag weer ingedeeld bij de ME voor de bekerfinale',
    'Vandaag met ons Team Verkeer op de A27 gestaan',
    'Reünie van ons oude korps Haaglanden, opgeven bij mij',
    'nog 9 pv\'s typen in BVH voor ik naar huis kan',
    'Zit vandaag weer achter de balie op bureau Overvecht, neem geduld mee',
    'Bij de DKDB mag ik niet veel vertellen over mn werk',
    'Beste buurtbewoners, als jullie wijkagent wil ik even melden dat er is ingebroken',
    'Arrestantenverzorger bij de politie in Zwolle. Mooi vak.',
    'Bereden politie Rotterdam • paardenmens',
    'Trots op mijn man Joost, vandaag geslaagd voor de opleiding tot rechercheur!',
    "1/ I've been a cop in the Netherlands for 9 years",
  ])('finds %j', (text) => {
    expect(found(text, 'police_affiliation')).not.toEqual([]);
  });

  it.each([
    'Een kennis van me zit bij de recherche en zegt dat je altijd aangifte moet doen',
    'Ik zit al tien jaar in de politiek en het wordt steeds grimmiger',
    'Ik heb gesolliciteerd bij de politie maar ben afgewezen',
    'Had ik maar bij de politie gewerkt, dan wist ik hoe dit zat',
    'Ik werk op de meldkamer ambulancezorg, dus ik hoor het vaak als eerste',
    'Wie speelt er mee met Cluedo? Ik ben altijd de inspecteur',
    'Ik werk als particulier rechercheur voor verzekeraars',
    'Ik werk als customer service agent bij een webshop',
    'Hondengeleider bij een beveiligingsbedrijf, nachtdienst op het industrieterrein',
    'Ik werk bij een organisatie voor noodhulp in Oost-Afrika',
    'Ik heb de politie gebeld, ze kwamen binnen tien minuten',
    'Politie, brandweer en ambulance waren snel ter plaatse',
    'Mijn vriend wil later bij de ME, ik niet',
    'Ik sta met de politie te praten over de inbraak',
    'Weer een avond Inspecteur Morse gekeken',
    'Een oud-klasgenoot zit geloof ik bij de politie, weet het niet zeker',
    'Ik werk op de meldkamer van een particuliere alarmcentrale',
    'Ik werk bij de NVWA als inspecteur, en geloof me, je wilt die keukens niet zien',
    'Mijn vader was 35 jaar agent in Utrecht',
    'Mijn portofoon op de bouw is alweer leeg',
    'DE POLITIE KWAM WEER LANGS BIJ DE BUREN',
    'Ik ben verkeersbrigadier bij de school van mn kleinkinderen',
    'Reisagent bij een groot reisbureau, vraag maar raak',
    'Weginspecteur bij Rijkswaterstaat, dus ja ik sta vaak langs de A2',
    'Ik ben centralist bij de meldkamer ambulancezorg',
    'Beveiliger bij het spoor. Bij incidenten wacht ik altijd op de politie.',
    'De agent typte zijn pv in BVH terwijl wij wachtten',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'police_affiliation')).toEqual([]);
  });
});
