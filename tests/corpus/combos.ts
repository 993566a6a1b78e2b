/**
 * Combined posts for the corpus: realistic frames (doxing posts, buurtapp
 * messages, marketplace ads, and plain chatter) whose slots are filled from
 * value pools by a seeded generator. Positive slots are written with the
 * markup of pii.src.txt, so their offsets are exact by construction.
 */
const pools: Record<string, readonly string[]> = {
  phone: ['06-21436587', '06 98765432', '+31 6 3141 5926', '0031 6 2718 2818', '030-2345678', '020 - 765 43 21', '(010) 234 5678',
    '06 12 98 34 76', '0 6 9 8 7 6 5 4 3 2', '+31 (0)6 4455 6677', '058-2123456', '06.47.58.69.70', '+32 486 12 34 56',
    'nul zes drie drie vier vier vijf vijf zes zes', '06\u{2009}1357\u{2009}2468', '０６-２４６８１３５７'].map((v) => `[[phone:${v}]]`),
  email: ['k.vermeulen@gmail.com', 'anouk.smit [at] hotmail [dot] com', 'familie.jansen(at)ziggo.nl', 'p.dekker at xs4all punt nl',
    'mo.elamrani@outlook.com', 'bas_1985@live.nl', 'ineke.de.graaf@kpnmail.nl', 'thijs\u{200B}@gmail.com'].map((v) => `[[email:${v}]]`),
  postcode: ['3521 AZ', '3813 GK', '2312 BP', '1051 KN', '6511 LC', '3581 WB', '8011 CW', '4811 ED', '3532ae'].map((v) => `[[postcode:${v}]]`),
  address: ['Vinkenstraat 9', 'Jan van Galenstraat 118', 'Schoolweg 3a', 'Wilhelminakade 27', 'Prinses Irenelaan 6', 'Molenpad 4',
    'Eikenlaan 31 bis', 'Nieuwegracht 60', 'Eerste Jacob van Campenstraat 5', 'Weteringschans 92', 'Bachplein 2', 'Zuidsingel 44',
    'Spoordijk 17', 'Rozenstraat 2-4', 'Van Ostadelaan 15'].map((v) => `[[address:${v}]]`),
  iban: ['NL73 ABNA 0555 1234 56', 'NL53RABO0311456789', 'NL20 INGB 0654 3219 87', 'NL51 BUNQ 2045 6789 01', 'NL44ASNB0708123456',
    'BE97 0012 3456 7890', 'NL50 RABO 0399 8877 66'].map((v) => `[[iban:${v}]]`),
  plate: ['HX-452-T', '58-KBN-3', '3-TJD-47', 'ZF-883-G', 'GRV-12-K', 'T-456-JB', 'hx452t', '58 KBN 3'].map((v) => `[[license_plate:${v}]]`),
  bsn: ['192837473', '564 738 293', '7023.18.462', '455667792'].map((v) => `[[bsn:${v}]]`),
  geo: ['52.0812, 5.1340', `51°55'21.0"N 4°28'45.0"E`, 'N 52.3702 E 4.8952', '52.15517, 5.38721'].map((v) => `[[geo:${v}]]`),
  birth: ['[[birth_date:geboren op 3 juni 1979]]', '[[birth_date:geb. 21-09-1985]]', 'volgens mij [[birth_date:jarig op 8 mei]]',
    '[[birth_date:geboren 14-11-1990]]', 'en [[birth_date:op 2 januari jarig]]'],
  police: ['[[police_affiliation:ik werk bij de politie]]', '[[police_affiliation:ik ben wijkagent in Kanaleneiland]]',
    '[[police_affiliation:ik zit bij de noodhulp]]', '[[police_affiliation:ik werk als agent in Utrecht]]',
    '[[police_affiliation:mijn collega\'s van de recherche]] weten ervan'],
  price: ['€ 12,50', '€45', '12,99 euro', '€ 1.250,-', '3 tientjes', '€0,50'],
  time: ['19:30', '07.45 uur', 'half acht', '21:15', '14.00 uur'],
  score: ['3-1', '2 - 2', '1-0', '24-21', '4-3 na verlenging'],
  service: ['112', '0900-8844', '0800-7000', '144', '0900 8844', '0800 - 7000'],
  date: ['vrijdag 14 juni', '12-03-2025', '1 april', 'zaterdag de 5e', '31 december'],
  order: ['bestelnummer 123456789', 'ordernummer 845120331', 'zaaknummer 2024-0815', 'factuur 2025-00871', 'artikel 12a', 'versie 3.2.1'],
};

const positiveFrames = [
  'Die vent uit de buurtapp woont op de {address}, {postcode}. Bel hem maar op {phone}',
  'Hier zijn adres: {address} ({postcode}), dan weten jullie het',
  'Voor wie het wil weten: {email} of {phone}',
  'Terugbetalen op {iban} graag voor {date}, het was {price}',
  'Wie kent deze man? Rijdt in een grijze Audi met kenteken {plate}, gezien om {time}',
  'Sta met pech op {geo}, kan iemand helpen? Bel {phone}',
  'Reacties op de advertentie naar {email}, ophalen op de {address}',
  'Ik ben Anja, {birth}, en ik zoek een maatje om mee te wandelen. {phone}',
  'Hallo buren, {police}. Zie je iets verdachts, bel dan {service} en niet mij',
  'Mijn BSN {bsn} stond op het formulier dat ik heb weggegooid, moet ik me zorgen maken?',
  'Te koop: bank {price}, ophalen {address}, {postcode}',
  'Fietsen gestolen bij {address}! Wie heeft iets gezien rond {time}? {phone}',
  'Uitslag {score}, feest bij mij thuis: {address}',
  'Geld voor het cadeau ({price}) graag naar {iban}',
  'Busje {plate} staat al 3 dagen met draaiende motor voor de deur',
  'Mijn adres voor de kaartjes: {address}, {postcode}. Mail: {email}',
  'Hij woont hier: {geo}. Auto: {plate}',
  'Tip voor de pakketbezorger: {postcode} is bij de achterdeur, bel {phone}',
  '{police} en ik woon zelf ook in de wijk, vandaar',
  'Inschrijven voor de kampweek bij {email}, kosten {price}',
];
const negativeFrames = [
  'Kaarten {price}, aanvang {time}, uitslag vorige keer {score}',
  'Bij spoed {service}, geen spoed {service}',
  'Vraag over {order}, geleverd op {date}?',
  'Wedstrijd {date} om {time}, het werd {score}',
  'Borrel {date} vanaf {time}, entree {price}',
  'Zie je iets? Bel {service}. Vragen over {order}: kijk op de site',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function combos(): string[] {
  const random = mulberry32(20260126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const fill = (frame: string): string => frame.replace(/\{(\w+)\}/g, (_, slot: string) => pick(pools[slot]!));
  const out: string[] = [];
  for (let round = 0; round < 4; round++) for (const frame of positiveFrames) out.push(fill(frame));
  for (let round = 0; round < 5; round++) for (const frame of negativeFrames) out.push(fill(frame));
  return [...new Set(out)];
}
