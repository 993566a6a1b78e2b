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
    // development batch e- (issue 13, session 12): profile lines, shifts at a station, a named officer, English, gear worn
    'Inspecteur bij politie Zeeland-West-Brabant, en nee ik kan je bon niet laten verdwijnen',
    'Rechercheur @ Politie Oost-Brabant · Digitale opsporing · Eindhoven',
    'Rechercheur in Limburg hier, deel die beelden niet',
    'Forensisch onderzoeker bij de politie, AMA',
    'Dienst zit erop bij basisteam Leiden-Noord, nu pizza',
    '07:00 briefing op bureau Zuidplein, 07:12 de eerste melding al binnen',
    'Morgen vroege dienst op het echte bureau Raampoort',
    'In uniform met de andere wijkagenten bij de intocht gestaan',
    'Morgen de hele dag ME-oefening op de heide',
    'Vraag het aan brigadier Van Dijk van bureau Kampen',
    'Henk van hiernaast zit bij de ME, vraag hem maar',
    'Wie zit er nog meer op de Politieacademie in Apeldoorn?',
    'Proud to be part of the Dutch police 🇳🇱',
    'Finished my last night shift with the Amsterdam police before leave',
    'Vest aan, dienstwapen om, porto check',
    // development batch j-: replies, profile lines, verb-last clauses, short unit names
    'zelfde hier, bij ons op de noodhulp is het net zo',
    'de buurvrouw vraagt het omdat ik toch bij de politie zit 😂',
    'Trots om te delen dat ik per 1 maart start als Operationeel Specialist bij de Dienst Regionale Recherche',
    'ik begin volgende maand aan de Politieacademie in Apeldoorn!!',
    'Collega van me bij het AT had precies hetzelfde met zijn knie',
    'Als OVD-P had ik vannacht een uitslaande brand',
    "Ik loop als GGP'er de hele dag door de wijk",
    'Haha. Mijn collega Ruud van de VP zegt altijd: een flitspaal is een belasting',
    'Werkzaam bij de meldkamer Oost-Nederland | moeder van 3',
    'Basisteam Amstelland hier 👋 wij staan vanavond op de braderie',
    '32 | Utrecht | werk bij de politie (nee ik ga je niet arresteren)',
    'Wijkagent Leidsche Rijn 👮‍♀️ | trotse mama van 2',
    'nu staan we samen op de noodhulp in Amersfoort',
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

  // issue 13: how officers write — no "ik", word order, ranks, units, shifts, places and equipment
  it.each([
    ['ben sinds 2019 hoofdagent en druk', 'ben sinds 2019 hoofdagent'],
    ['zit sinds vorig jaar bij de DSI', 'zit sinds vorig jaar bij de DSI'],
    ['kan niet, zit tot 23u in de surveillancewagen', 'zit tot 23u in de surveillancewagen'],
    ['Ik rij nu drie jaar bij de bereden politie', 'Ik rij nu drie jaar bij de bereden politie'],
    ['moest invallen bij de ME', 'moest invallen bij de ME'],
    ['Zat twintig jaar bij de ME', 'Zat twintig jaar bij de ME'],
    ['Marco, brigadier bij basisteam Utrecht-Oost, vader van 2', 'brigadier bij basisteam Utrecht-Oost'],
    ['Vannacht inspecteur van dienst, bel maar', 'inspecteur van dienst'],
    ['werkzaam bij de Nationale Politie, standplaats Gouda', 'werkzaam bij de Nationale Politie'],
    ['vandaag beëdigd als agent', 'beëdigd als agent'],
    ['Als rechercheur weet ik hoe lastig het is', 'Als rechercheur weet ik'],
    ['Tja als diender leer je relativeren', 'als diender leer je'],
    ['ik sta er vanavond zelf bij als ME\'er', 'ik sta er vanavond zelf bij als ME\'er'],
    ['20 jaar bij de verkeerspolitie en nog steeds', '20 jaar bij de verkeerspolitie'],
    ['al 15 jaar in het blauw', '15 jaar in het blauw'],
    ['mn maat van de VP', 'mn maat van de VP'],
    ['Gisteren met de collega\'s van de ME gestaan', 'met de collega\'s van de ME'],
    ['Bij ons op bureau Zeist is de koffie op', 'Bij ons op bureau Zeist'],
    ['vroege dienst, 06.00 briefing op het bureau', 'vroege dienst, 06.00 briefing op het bureau'],
    ['mn kogelwerend vest is zwaar', 'mn kogelwerend vest'],
    ['Koffie, portofoon, vest, wapenstok, klaar', 'portofoon, vest, wapenstok'],
    ['vanochtend met het AT geoefend', 'met het AT geoefend'],
    ['gastles gegeven op school als wijkagent, leuke vragen', 'als wijkagent'],
    ['ja ik ben een smeris', 'ik ben een smeris'],
    ['Eerste dag bij het AT', 'Eerste dag bij het AT'],
    ['Bij de noodhulp leer je snel', 'Bij de noodhulp leer je'],
    ['Hoofdagent bij de noodhulp in Utrecht, vader van twee', 'Hoofdagent bij de noodhulp in Utrecht'],
    ['sta vanavond met de ME bij het stadion', 'sta vanavond met de ME'],
    ['Jullie wijkagent hier, ik ben er morgen', 'Jullie wijkagent hier'],
    ['ik heb vannacht mijn eerste aanhouding verricht', 'mijn eerste aanhouding'],
    ['Als oud-agent kan ik zeggen', 'Als oud-agent kan ik'],
    ['werkte tot vorig jaar bij de noodhulp', 'werkte tot vorig jaar bij de noodhulp'],
    ['We stonden met de ME bij de demo', 'We stonden met de ME'],
    ['Morgen begin ik bij de politie', 'begin ik bij de politie'],
    ['Na 30 jaar trek ik het uniform uit', 'ik het uniform uit'],
  ])('finds %j', (text, expected) => {
    expect(found(text, 'police_affiliation')).toEqual([expected]);
  });

  it.each([
    'De agenten van de noodhulp waren snel ter plaatse',
    'Hij zat twintig jaar bij de politie',
    'De brigadier van dienst wilde niks zeggen',
    'Mijn vader was vroeger ook agent, hij vertelt er nog over',
    'Morgen weer nachtdienst in het ziekenhuis',
    'mn uniform van de Jumbo is lelijk',
    'Ik heb de hele dag met een portofoon rondgelopen als vrijwilliger',
    'Ik werk bij de gemeente als handhaver, en nee ik ben geen politie',
    'Ik ben geen agent, maar dit lijkt me diefstal',
    'Mijn zoon wil later politieagent worden',
    'Op de politieacademie leren ze dat toch ook?',
    'Wie kan er rijden? Ik heb dienst',
    'Net langs het bureau gefietst, wat is er?',
    'ff GTA gamen, word steeds door de politie achtervolgd',
    'Bij de politie zie je dat vaker, zegt mijn buurman',
    'De eerste dag bij de politie was voor hem zwaar',
    'In de krant: Hoofdagent van de ME ontslagen',
    'Ik sta met de politie te praten',
    'bij zijn eerste aanhouding werd hij geslagen',
    'Morgen ga ik bij de politie langs',
    'ik trek het uniform van de scouting aan',
    'Ze stonden met de ME klaar',
    // development batches e- and j- (session 12)
    'Ik ben inspecteur bij de NVWA, dus ja, ik kom ook bij jouw shoarmazaak',
    'Iemand verkleedde zich als agent en belde bij oude mensen aan',
    'Carnaval dit jaar: ik ga als politieagent, compleet met plastic handboeien',
    'Ik werk bij defensie, dus in uniform rondlopen ben ik wel gewend',
    'Dienst gedraaid bij de NS, 3 uur vertraging',
    'De Belastingdienst zit bij het bureau om de hoek',
    "I'm calling the police if this goes on",
    'IBT-trainingen voor agenten moeten beter, zegt de politievakbond',
    "Collega's van de politie en brandweer hebben samen een sponsorloop georganiseerd, meldt de gemeente",
    'Police Simulator op de PS5, iemand zin in co-op? ik speel elke avond als agent haha',
    'Carnaval: ik ga dit jaar als agent, compleet met handboeien en pet',
    'Ik werk op de meldkamer ambulancezorg Gelderland-Zuid',
    'Mijn opa Jan was vroeger agent',
    // review of the session 12 changes: new patterns must not fire on others
    "'Ik werk al twintig jaar bij de politie.' zegt Jan.",
    'Ik denk dat zij bij de politie zit',
    'We vroegen of hij bij de politie was',
    'Heb morgen dienst dus kom maar bij me langs',
    'Agenten in de straat hier!',
    'Vandaag een medewerker van de politie aan de deur gehad.',
    'Een beveiliger in uniform stond bij de deur, de politie kwam later',
    'Een boa in uniform schreef me een bekeuring.',
    "I'm not a police officer",
    'I am scared of the police',
    "I'm done with the police",
    'Wanneer begin jij als agent?',
    'De nieuwe lichting start als agent',
    'Team Rood hier! De wijkagent komt ook.',
    'Portofoon mee, hesje aan, ik sta als verkeersregelaar bij de wielerronde',
    'Ik ben beveiliger, bodycam aan en gaan',
    'Lost | Inspecteur Morse | Friends',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'police_affiliation')).toEqual([]);
  });

  // Review of the session 12 changes: rejection rules must stay in the match's own clause.
  it.each([
    'Ik was jaren agent in Utrecht.',
    'Ik werkte jaren bij de recherche.',
    'Ik werk bij de politie. Mijn vrouw is inspecteur bij de Belastingdienst',
    'ik trek morgen weer mijn uniform aan, eerst de kids naar school brengen',
    'Ik werk al 12 jaar bij de politie. Met Halloween is het altijd druk.',
    'Ik ben agent, laat de haters maar praten.',
    'Ik speel hockey en werk als agent',
  ])('still finds the self-disclosure in %j', (text) => {
    expect(found(text, 'police_affiliation').length).toBeGreaterThanOrEqual(1);
  });
});
