/** Word knowledge for Dutch street names. */

/** Endings of compound street names (`Lindelaan`, `Kerkstraat`), whatever their case. */
const STRONG = [
  'straat', 'laan', 'weg', 'gracht', 'plein', 'kade', 'singel', 'dijk', 'steeg', 'dreef', 'plantsoen', 'burgwal',
  'boulevard', 'allee', 'promenade', 'straatje', 'laantje', 'steegje', 'pleintje', 'hofje', 'dwarsstraat', 'pad',
  'park', 'wal', 'erf', 'straatweg', 'kanaal',
];
/** Endings that also end ordinary words: only a capitalised word counts (`Vismarkt 3`, `Binnenhof 1`). */
const WEAK = [
  'hof', 'markt', 'baan', 'haven', 'veld', 'poort', 'zijde', 'brink', 'vaart', 'wetering', 'kamp', 'akker', 'weide',
  'dal', 'heuvel', 'hoeve', 'passage', 'galerij', 'gaarde', 'rade', 'rak', 'oever', 'dreve', 'zoom', 'lei', 'veste',
  'gaard', 'hage', 'borch', 'hoek', 'tuin', 'schans', 'vest',
];
const STRONG_SET = new Set(STRONG);
const WEAK_SET = new Set(WEAK);
const LENGTHS = [...new Set([...STRONG, ...WEAK].map((s) => s.length))];

/** Whether the word ends in one of the endings (a Set lookup per ending length, no regex). */
function endsIn(word: string, endings: Set<string>): boolean {
  for (const length of LENGTHS) if (word.length > length && endings.has(word.slice(-length))) return true;
  return false;
}
const SUFFIXES = new Set([...STRONG, ...WEAK]);

/** Ordinary words that end like a street name but are not one. */
const NOT_STREETS = new Set([
  'onderweg', 'halverwege', 'snelweg', 'zijweg', 'ringweg', 'fietspad', 'voetpad', 'wandelpad', 'schoolplein', 'speeltuin',
  'kerkhof', 'stadspark', 'pretpark', 'dierenpark', 'vakantiepark', 'attractiepark', 'parkeerplaats', 'autoweg', 'weg',
  'hof', 'park', 'dal', 'berg', 'wijk', 'tuin', 'hoek', 'ring', 'veld', 'baan', 'gang', 'loop', 'slag', 'erf', 'zoom',
  'voetbalveld', 'sportpark', 'sportveld', 'hockeyveld', 'grasveld', 'speelveld', 'schoolreisje', 'woonwijk', 'nieuwbouwwijk',
  'achtertuin', 'voortuin', 'moestuin', 'volkstuin', 'racebaan', 'ijsbaan', 'atletiekbaan', 'loopbaan', 'autobaan',
  'startbaan', 'landingsbaan', 'rijbaan', 'kermis', 'overweg', 'uitweg', 'omweg', 'zandweg', 'spoorweg', 'waterweg',
  'binnenring', 'buitenring', 'hoofdgang', 'ondergang', 'voorgang', 'doorgang', 'vooruitgang', 'achteruitgang',
  'ingang', 'uitgang', 'overgang', 'toegang', 'rondgang', 'wandelgang', 'zebrapad', 'jaagpad', 'bospad', 'fietsstraat',
  'winkelstraat', 'zijstraat', 'hoofdstraat', 'dwarsstraat', 'woonerf', 'stadshart', 'haven', 'kade', 'plein', 'markt',
  'weekmarkt', 'kerstmarkt', 'rommelmarkt', 'vlooienmarkt', 'zeehaven', 'jachthaven', 'veerhaven', 'brandgang',
  'kwartier', 'halfuur', 'voetbalkamp', 'zomerkamp', 'trainingskamp', 'vluchtelingenkamp', 'legerkamp', 'scoutingkamp',
  'ziekenhuistuin', 'rak', 'lei', 'oever', 'akker', 'weide', 'hout', 'zijde', 'poort', 'stede', 'borch', 'dreef',
  'wereldwijd', 'landelijk', 'eindsprint', 'beginpunt', 'overslag', 'aanslag', 'neerslag', 'opslag', 'afslag', 'omslag',
  'uitslag', 'inslag', 'aanloop', 'verloop', 'hardloop', 'wedloop', 'uitloop', 'oploop', 'vakantiehuisje',
]);

/** Common nouns for a street that, written with a capital, are the name of one in many towns: "Hoofdstraat 88". */
const NAMED_WITH_CAPITAL = new Set(['hoofdstraat', 'dwarsstraat', 'zijstraat', 'winkelstraat']);

/** Words that may precede a street name and belong to it. */
export const STREET_PREFIXES = new Set([
  'burg', 'burgemeester', 'prins', 'prinses', 'koningin', 'koning', 'dr', 'mr', 'prof', 'ir', 'ds', 'st', 'sint', 'van',
  'de', 'den', 'der', 'het', 'ter', 'ten', 'te', 'oude', 'nieuwe', 'korte', 'lange', 'hoge', 'lage', 'groot', 'klein',
  'kleine', 'grote', 'noord', 'zuid', 'oost', 'west', 'oostelijke', 'westelijke', '1e', '2e', '3e', 'eerste', 'tweede',
  'derde', 'graaf', 'gravin', 'jhr', 'generaal', 'gen', 'kapitein', 'pastoor', 'kardinaal', 'mgr', 'jan', 'willem',
]);

/** A compound street name; `raw` is the word as written, for the capital that weak endings need. */
export function isStreetName(word: string, raw: string): boolean {
  if (NAMED_WITH_CAPITAL.has(word)) return raw[0] !== raw[0]!.toLowerCase();
  if (word.length <= 4 || SUFFIXES.has(word) || NOT_STREETS.has(word)) return false;
  return endsIn(word, STRONG_SET) || (endsIn(word, WEAK_SET) && raw[0] !== raw[0]!.toLowerCase());
}

/** A street word standing on its own ("Gracht" in "Oude Gracht"). */
export function isStreetWord(word: string): boolean {
  return SUFFIXES.has(word);
}
