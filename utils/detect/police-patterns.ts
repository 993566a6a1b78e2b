/**
 * The police self-disclosure patterns (see police.ts). Each pattern is bounded, so matching stays
 * linear; `needs` lists words (lower case) of which a window must hold one from every group for
 * the pattern to match at all, so most patterns are skipped without running them.
 */
export interface Pattern {
  re: RegExp;
  needs?: readonly (readonly string[])[];
}

const RANK = String.raw`(?:politie)?(?:wijk|motor|hoofd|verkeers|zeden|jeugd|hulp|buurt|rechercheur|recherche)?(?:agent(?:e|en)?|agenten)|agent van politie|rechercheurs?|(?:hoofd)?inspecteur|brigadier|(?:hoofd)?commissaris|surveillant|aspirant|politieman|politievrouw|politieambtenaar|politiemedewerker|diender|hondengeleider|meldkamercentralist|centralist|wijkregisseur|teamchef|opsporingsambtenaar|marechaussee|agente|ME'?er|mobiele eenheid`;
const UNIT = String.raw`(?:de |het )?(?:team\s)?(?:politie(?:\s?(?:bureau|academie|eenheid|team))?|nationale politie|[Rr]echerche|[Nn]oodhulp|mobiele eenheid|ME\b|marechaussee|kmar|meldkamer|wijkteam|basisteam|districtsrecherche|zedenpolitie|zeden(?:zaken)?\b|verkeerspolitie|VP\b|DROS\b|hondenbrigade|arrestatieteam|AT\b|DSI|bureau\s[A-Z][A-Za-z-]+|politiebureau|opsporing|vreemdelingenpolitie|waterpolitie|bereden politie|dienst\s(?:speciale interventies|infrastructuur))`;
const SUBJECT = String.raw`(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ijn\s(?:man|vrouw|partner|vriend|vriendin|vader|moeder|pa|ma|zoon|dochter|broer|zus|zwager|schoonzus|schoonvader|schoonmoeder|oom|tante)|[A-Z][a-z]{2,})`;
const WORK_VERB = String.raw`(?:werk|werkt|werkte|werken|zit|zat|zitten|draai|draait|draaide|draaien|loop|liep|rijd|rijdt|reed|ben|is|was|zijn|waren|sta|stond|had|heb)`;
const NUMBER = String.raw`(?:\d{1,4}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|kort)`;
const MONTH = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)`;
/** A vague stretch of time: "een tijdje", "een poos", "een paar jaar", "enkele jaren". */
const DURATION = String.raw`(?:een\s(?:tijdje|tijd|poosje|poos|hele\stijd|paar\s(?:jaar|jaren|maanden|weken)|aantal\s(?:jaar|jaren|maanden))|(?:enkele|wat)\s(?:jaar|jaren|maanden))`;
/** The number words at the start of a sentence ("Zes jaar noodhulp"). */
const NUMBER_CAPITAL = NUMBER.replace(/\|([a-z])/g, (_, c: string) => `|${c.toUpperCase()}`);
const FILLER = String.raw`(?:\s(?:al|nu|sinds(?:\s${MONTH})?|${DURATION}|ook|zelf|inmiddels|vannacht|vandaag|gisteren|morgen|vanavond|weer|nog|er|daar|hier|echt|gewoon|de|het|jullie|uw|nieuwe|vaste|enige|dienst|diensten|nachtdienst|avonddienst|vroege|late|${NUMBER}|jaar|jaren|jarenlang|maanden|lang|ruim|bijna|meer|dan|als|mee|vroeger|begonnen|gestart))`;
/** A first-person verb put first: "zit ik bij", "ben ik nu", or a sentence without its "ik": "Ben sinds kort agent". */
const INVERTED = String.raw`(?:${WORK_VERB}|werk|begonnen)\s(?:ik|we|wij)\b`;
/**
 * At a sentence start. The look-behind comes after the word it checks ("Ben(?<=…Ben)"), so the
 * regex engine tries it only where the word is, not at every position.
 */
const atSentenceStart = (word: string): string => String.raw`${word}(?<=(?:^|[.!?\n]\s{0,3})${word})`;
const BARE = String.raw`${atSentenceStart('(?:Ben|Was|Werk|Zit|Zat|Loop|Draai)')}\b`;

/** One of these is in every rank of RANK (lower case). */
const RANK_WORDS = ['agent', 'recherche', 'inspecteur', 'brigadier', 'commissaris', 'surveillant', 'aspirant', 'politie', 'diender', 'hondengeleider', 'centralist', 'regisseur', 'teamchef', 'opsporing', 'marechaussee', "me'er", 'meer', 'eenheid'];
const ITEM_WORDS = ['dienst', 'politie', 'uniform', 'portofoon', 'surveillance', 'stamnummer'];

export const PATTERNS: readonly Pattern[] = [
  // "ik werk bij de politie", "mijn man zit bij de recherche", "ik had vannacht dienst bij de noodhulp"
  { re: new RegExp(String.raw`\b${SUBJECT}\s${WORK_VERB}${FILLER}{0,4}\s(?:bij|op|in|voor)\s${UNIT}(?:\s(?:in\s)?[A-Z][A-Za-z-]+)?`, 'g') },
  // "ik ben wijkagent", "Jan is rechercheur", "ik werk als agent", "ik loop al jaren als wijkagent in Lombok"
  { re: new RegExp(String.raw`\b${SUBJECT}\s(?:ben|is|was|werk|werkt|werkte|zijn|loop|liep)${FILLER}{0,4}\s(?:[Aa]ls\s|een\s)?(?:${RANK})\b(?:\s(?:in|bij|op|van)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+)?`, 'g'), needs: [RANK_WORDS] },
  // "zit ik bij het AT", "was ik rechercheur", "Ben sinds kort agent", "ben sinds 2019 handhaver bij de politie"
  { re: new RegExp(String.raw`(?:\b${INVERTED}|${BARE})${FILLER}{0,4}\s(?:(?:bij|op|in|voor)\s${UNIT}|(?:[Aa]ls\s|een\s)?(?:${RANK})\b)`, 'g') },
  { re: new RegExp(String.raw`\b(?:[Aa]ls|ben|is|was)${FILLER}{0,3}\s(?:boa|handhaver)\sbij\s(?:de\s)?politie\b`, 'g'), needs: [['boa', 'handhaver']] },
  // "Als brigadier zie je …", "Hoofdagent hier", "mijn eerste dag als inspecteur", "twaalf jaar noodhulp"
  { re: new RegExp(String.raw`${atSentenceStart('Als')}\s(?:${RANK})\s(?:zie|krijg|maak|merk|hoor|heb|word|kom|loop|sta)\s(?:je|ik)\b`, 'g'), needs: [['als'], RANK_WORDS] },
  { re: new RegExp(String.raw`\b(?:^|(?<=[.!?\n]\s{0,3}))(?:${RANK})\shier(?=\s?[,:;!-]|$)`, 'gi'), needs: [['hier'], RANK_WORDS] },
  { re: new RegExp(String.raw`\b(?:mijn|m'n)\s(?:eerste|laatste)\s(?:dag|dienst|week|nacht)\sals\s(?:${RANK})\b`, 'gi'), needs: [['als'], ['mijn', "m'n"], RANK_WORDS] },
  { re: new RegExp(String.raw`\b(?:${NUMBER}|${NUMBER_CAPITAL})\sjaar\s(?:[Nn]oodhulp|[Rr]echerche|ME|VP|[Zz]eden|[Ww]ijkagent|[Rr]echercheur|[Aa]gent)\b(?:\s(?:in|bij)\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [['jaar']] },
  { re: new RegExp(String.raw`\b[Vv]anuit\s(?:de\s)?meldkamer\b`, 'g'), needs: [['meldkamer']] },
  { re: /\bIBT(?:-?training|-?toets)?\b/g, needs: [['ibt']] },
  // "als wijkagent in Lombok"
  { re: new RegExp(String.raw`\b[Aa]ls\s(?:${RANK})\s(?:in|bij|op|van)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [['als'], RANK_WORDS] },
  // "mijn collega's van de noodhulp Utrecht", "mijn team bij de recherche"
  { re: new RegExp(String.raw`\b(?:mijn|onze|ons)\s(?:[A-Za-z]+\s)?(?:collega'?s?|team|teamleider|chef|leidinggevende|dienstgroep|ploeg|maat|maten|partner op straat|eenheid|bureau|basisteam|dienst|diensten)\s(?:van|bij|op|in)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'gi'), needs: [['mijn', 'onze', 'ons']] },
  // "nachtdienst gedraaid bij de noodhulp", "morgen dienst op bureau Paardenveld"
  { re: new RegExp(String.raw`\b(?:nacht|avond|dag|weekend|vroege |late )?dienst(?:en)?(?:\s(?:gedraaid|gehad|draaien|draai|gedaan|lopen|gelopen))?\s(?:bij|op)\s(?:${UNIT}|het bureau)(?:\s[A-Z][A-Za-z-]+)?`, 'gi'), needs: [['dienst']] },
  // "wij van het basisteam Utrecht-Centrum"
  { re: new RegExp(String.raw`\b[Ww](?:ij|e)\s(?:van|bij)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [['wij', 'we']] },
  // "mijn dienstwapen", "mijn politiepas", "mijn uniform", "dienstnummer 123456" — not "mijn uniform van de voetbalclub"
  { re: /\b(?:mijn|m'n)\s(?:dienstwapen|politiepas|politie-?uniform|uniform|portofoon|surveillancewagen|surveillanceauto|dienstauto van de politie|politie-?id|dienstnummer|stamnummer)\b(?!\s(?:van|bij|voor|uit)\s(?:de|het|mijn|onze)\s(?!politie))/gi, needs: [['mijn', "m'n"], ITEM_WORDS] },
  { re: /\b(?:dienstnummer|stamnummer|politienummer)\s?(?:is\s)?[:#]?\s?[A-Za-z]{0,2}\d{4,8}\b/gi, needs: [['nummer']] },
  // "ik als agent", "wij als politie", "tijdens mijn dienst als agent"
  { re: new RegExp(String.raw`\b(?:ik|wij|we|mij|mijn dienst)\s(?:zelf\s)?als\s(?:${RANK}|politie)\b`, 'gi'), needs: [['als'], RANK_WORDS] },
];
