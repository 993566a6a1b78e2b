import type { Recognizer, Span } from './types';
import { emailsOf } from './email';
import { windows } from './windows';

/**
 * Police self-disclosure: the writer (or a named person, or "mijn man/vrouw/…")
 * stated as police staff, with unit, station, rank or duty. Talk about the
 * police in the third person ("de politie moet beter optreden", "volgens de
 * politie") is not. Each pattern is bounded, so matching stays linear.
 */
const RANK = String.raw`(?:politie)?(?:wijk|motor|hoofd|verkeers|zeden|jeugd|hulp|buurt|rechercheur|recherche)?(?:agent(?:e|en)?|agenten)|agent van politie|rechercheurs?|(?:hoofd)?inspecteur|brigadier|(?:hoofd)?commissaris|surveillant|aspirant|politieman|politievrouw|politieambtenaar|politiemedewerker|diender|hondengeleider|meldkamercentralist|centralist|wijkregisseur|teamchef|opsporingsambtenaar|marechaussee|agente|ME'?er|mobiele eenheid`;
const UNIT = String.raw`(?:de |het )?(?:team\s)?(?:politie(?:\s?(?:bureau|academie|eenheid|team))?|nationale politie|[Rr]echerche|[Nn]oodhulp|mobiele eenheid|ME\b|marechaussee|kmar|meldkamer|wijkteam|basisteam|districtsrecherche|zedenpolitie|zeden(?:zaken)?\b|verkeerspolitie|VP\b|DROS\b|hondenbrigade|arrestatieteam|AT\b|DSI|bureau\s[A-Z][A-Za-z-]+|politiebureau|opsporing|vreemdelingenpolitie|waterpolitie|bereden politie|dienst\s(?:speciale interventies|infrastructuur))`;
const SUBJECT = String.raw`(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ijn\s(?:man|vrouw|partner|vriend|vriendin|vader|moeder|pa|ma|zoon|dochter|broer|zus|zwager|schoonzus|schoonvader|schoonmoeder|oom|tante)|[A-Z][a-z]{2,})`;
const WORK_VERB = String.raw`(?:werk|werkt|werkte|werken|zit|zat|zitten|draai|draait|draaide|draaien|loop|liep|rijd|rijdt|reed|ben|is|was|zijn|waren|sta|stond|had|heb)`;
const NUMBER = String.raw`(?:\d{1,4}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|kort)`;
/** The number words at the start of a sentence ("Zes jaar noodhulp"). */
const NUMBER_CAPITAL = NUMBER.replace(/\|([a-z])/g, (_, c: string) => `|${c.toUpperCase()}`);
const FILLER = String.raw`(?:\s(?:al|nu|sinds|ook|zelf|inmiddels|vannacht|vandaag|gisteren|morgen|vanavond|weer|nog|er|daar|hier|echt|gewoon|de|het|jullie|uw|nieuwe|vaste|enige|dienst|diensten|nachtdienst|avonddienst|vroege|late|${NUMBER}|jaar|jaren|jarenlang|maanden|lang|ruim|bijna|meer|dan|als|mee|vroeger|begonnen|gestart))`;
/** A first-person verb put first: "zit ik bij", "ben ik nu", or a sentence without its "ik": "Ben sinds kort agent". */
const INVERTED = String.raw`(?:${WORK_VERB}|werk|begonnen)\s(?:ik|we|wij)\b`;
const BARE = String.raw`(?:^|(?<=[.!?\n]\s{0,3}))(?:Ben|Was|Werk|Zit|Zat|Loop|Draai)\b`;

const PATTERNS: readonly RegExp[] = [
  // "ik werk bij de politie", "mijn man zit bij de recherche", "ik had vannacht dienst bij de noodhulp"
  new RegExp(String.raw`\b${SUBJECT}\s${WORK_VERB}${FILLER}{0,4}\s(?:bij|op|in|voor)\s${UNIT}(?:\s(?:in\s)?[A-Z][A-Za-z-]+)?`, 'g'),
  // "ik ben wijkagent", "Jan is rechercheur", "ik werk als agent", "ik loop al jaren als wijkagent in Lombok"
  new RegExp(String.raw`\b${SUBJECT}\s(?:ben|is|was|werk|werkt|werkte|zijn|loop|liep)${FILLER}{0,4}\s(?:[Aa]ls\s|een\s)?(?:${RANK})\b(?:\s(?:in|bij|op|van)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+)?`, 'g'),
  // "zit ik bij het AT", "was ik rechercheur", "Ben sinds kort agent", "ben sinds 2019 handhaver bij de politie"
  new RegExp(String.raw`(?:\b${INVERTED}|${BARE})${FILLER}{0,4}\s(?:(?:bij|op|in|voor)\s${UNIT}|(?:[Aa]ls\s|een\s)?(?:${RANK})\b)`, 'g'),
  new RegExp(String.raw`\b(?:[Aa]ls|ben|is|was)${FILLER}{0,3}\s(?:boa|handhaver)\sbij\s(?:de\s)?politie\b`, 'g'),
  // "Als brigadier zie je …", "Hoofdagent hier", "mijn eerste dag als inspecteur", "twaalf jaar noodhulp"
  new RegExp(String.raw`(?:^|(?<=[.!?\n]\s{0,3}))Als\s(?:${RANK})\s(?:zie|krijg|maak|merk|hoor|heb|word|kom|loop|sta)\s(?:je|ik)\b`, 'g'),
  new RegExp(String.raw`(?:^|(?<=[.!?\n]\s{0,3}))(?:${RANK})\shier(?=\s?[,:;!-]|$)`, 'gi'),
  new RegExp(String.raw`\b(?:mijn|m'n)\s(?:eerste|laatste)\s(?:dag|dienst|week|nacht)\sals\s(?:${RANK})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${NUMBER}|${NUMBER_CAPITAL})\sjaar\s(?:[Nn]oodhulp|[Rr]echerche|ME|VP|[Zz]eden|[Ww]ijkagent|[Rr]echercheur|[Aa]gent)\b(?:\s(?:in|bij)\s[A-Z][A-Za-z-]+)?`, 'g'),
  new RegExp(String.raw`\b[Vv]anuit\s(?:de\s)?meldkamer\b`, 'g'),
  /\bIBT(?:-?training|-?toets)?\b/g,
  // "als wijkagent in Lombok"
  new RegExp(String.raw`\b[Aa]ls\s(?:${RANK})\s(?:in|bij|op|van)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?`, 'g'),
  // "mijn collega's van de noodhulp Utrecht", "mijn team bij de recherche"
  new RegExp(String.raw`\b(?:mijn|onze|ons)\s(?:[A-Za-z]+\s)?(?:collega'?s?|team|teamleider|chef|leidinggevende|dienstgroep|ploeg|maat|maten|partner op straat|eenheid|bureau|basisteam|dienst|diensten)\s(?:van|bij|op|in)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'gi'),
  // "nachtdienst gedraaid bij de noodhulp", "morgen dienst op bureau Paardenveld"
  new RegExp(String.raw`\b(?:nacht|avond|dag|weekend|vroege |late )?dienst(?:en)?(?:\s(?:gedraaid|gehad|draaien|draai|gedaan|lopen|gelopen))?\s(?:bij|op)\s(?:${UNIT}|het bureau)(?:\s[A-Z][A-Za-z-]+)?`, 'gi'),
  // "wij van het basisteam Utrecht-Centrum"
  new RegExp(String.raw`\b[Ww](?:ij|e)\s(?:van|bij)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'g'),
  // "mijn dienstwapen", "mijn politiepas", "mijn uniform", "dienstnummer 123456" — not "mijn uniform van de voetbalclub"
  /\b(?:mijn|m'n)\s(?:dienstwapen|politiepas|politie-?uniform|uniform|portofoon|surveillancewagen|surveillanceauto|dienstauto van de politie|politie-?id|dienstnummer|stamnummer)\b(?!\s(?:van|bij|voor|uit)\s(?:de|het|mijn|onze)\s(?!politie))/gi,
  /\b(?:dienstnummer|stamnummer|politienummer)\s?(?:is\s)?[:#]?\s?[A-Za-z]{0,2}\d{4,8}\b/gi,
  // "ik als agent", "wij als politie", "tijdens mijn dienst als agent"
  new RegExp(String.raw`\b(?:ik|wij|we|mij|mijn dienst)\s(?:zelf\s)?als\s(?:${RANK}|politie)\b`, 'gi'),
];
const THIRD_PERSON_NAMES = /^(?:De|Het|Een|Die|Deze|Dat|Dit|Er|Daar|Hier|Volgens|Aldus|Iedereen|Niemand|Politie|Agent|Zij|Hij|Ze|Men|Wat|Wie|Waarom|Hoe|Toen|Maar|En|Of|Dus|Ook|Nu|Wel|Niet|Geen)$/;
const QUOTE_BEFORE = /(?:aldus|zegt|zei|meldt|meldde|volgens|schrijft|bericht|nieuws|nos|rtv|ad\.nl|nu\.nl|telegraaf)\W{0,40}$/i;
const POLICE_DOMAIN = /(?:^|\.)(?:politie|kmar|politieacademie)\.nl$/;
const VISIT_AFTER = /^\s?(?:geweest|langs\s?geweest|gebeld|voor\s(?:een\s)?aangifte|om\saangifte|aangifte|melding|op\sbezoek|binnen\sgeweest)/i;
/** "… ben ik brigadier in Call of Duty": games and series. */
const PLAY_AFTER = /^.{0,30}?\b(?:Call of Duty|GTA|Fortnite|Minecraft|Roblox|level\s\d|in de game|in het spel|Flikken|Baantjer)/i;
/** A quote the writer reports: "'Ik werk al twintig jaar bij de politie,' zegt Jan". */
const QUOTE_AFTER = /^\W{0,4}\s?(?:zegt|zei|aldus|vertelt|vertelde|meldt|schrijft)\b/i;

/** Every pattern contains one of these words; text far from all of them needs no matching. */
const KEYWORD = /politie|agent|recherch|noodhulp|eenheid|\bME\b|marechaussee|kmar|meldkamer|wijkteam|basisteam|bureau|dienst|brigadier|inspecteur|commissaris|surveillan|aspirant|diender|hondengeleider|centralist|regisseur|teamchef|opsporing|arrestatieteam|\bDSI\b|\bAT\b|\bVP\b|\bDROS\b|\bIBT|zeden|portofoon|uniform|stamnummer|handhaver|\bboa\b/gi;
const REACH_BEFORE = 160;
const REACH_AFTER = 120;

function accept(text: string, start: number, end: number): boolean {
  const first = /^[A-Za-z]+/.exec(text.slice(start, start + 20))?.[0] ?? '';
  if (THIRD_PERSON_NAMES.test(first)) return false;
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  const after = text.slice(end, end + 60);
  if (PLAY_AFTER.test(after) || QUOTE_AFTER.test(after)) return false;
  // "de politie is langs geweest": a visit, when what was found ends in the police itself (not a rank).
  return !(/(?:politie|bureau|recherche|meldkamer)$/i.test(text.slice(start, end)) && VISIT_AFTER.test(after));
}

export const police: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = n.text;
  for (const [from, to] of windows(text, KEYWORD, REACH_BEFORE, REACH_AFTER)) {
    const part = text.slice(from, to);
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (accept(text, start, end)) spans.push({ start, end, category: 'police_affiliation' });
      }
    }
  }
  for (const e of emailsOf(n)) {
    if (POLICE_DOMAIN.test(e.domain)) spans.push({ start: e.start, end: e.end, category: 'police_affiliation' });
  }
  return spans;
};
