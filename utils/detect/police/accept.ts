import { latin } from '../text/latin';
import { fitsItsSentence } from './context';
import { sentenceOf, sentenceStart } from './sentence';

/**
 * What tells a police pattern's match apart from talk about the police (police/index.ts): the third
 * person before it, a quote or news source around it, a game or series after it, a visit.
 */
const THIRD_PERSON_NAMES = /^(?:De|Het|Een|Die|Deze|Dat|Dit|Er|Daar|Hier|Volgens|Aldus|Iedereen|Niemand|Politie|Agent|Zij|Hij|Ze|Men|Wat|Wie|Waarom|Hoe|Toen|Maar|En|Of|Dus|Ook|Nu|Wel|Niet|Geen)$/;
// (not across a sentence's end: "Klopt niet wat je zegt. Ik zit zelf bij het AT")
const QUOTE_BEFORE = /(?:aldus|zegt|zei|meldt|meldde|volgens|schrijft|bericht|nieuws|krant|kop|artikel|nos|rtv|ad\.nl|nu\.nl|telegraaf)[^\w.!?]{0,40}$/i;
const VISIT_AFTER = /^\s?(?:geweest|langs\s?geweest|langs\b|gebeld|(?:gegaan\s)?voor\s(?:een\s)?aangifte|gegaan\som\saangifte|om\saangifte|aangifte|melding|op\sbezoek|binnen\sgeweest|(?:me|mij|ons)\s)/i;
/** "… ben ik brigadier in Call of Duty": games and series. */
const PLAY_AFTER = /^.{0,30}?\b(?:Call of Duty|GTA|Fortnite|Minecraft|Roblox|level\s\d|in de game|in het spel|Flikken|Baantjer)/i;
/** A quote the writer reports: "'Ik werk al twintig jaar bij de politie,' zegt Jan". */
const QUOTE_AFTER = /^[.!?]?[,'"’”]\W{0,3}\s?(?:zegt|zei|aldus|vertelt|vertelde|meldt|schrijft)\b/i;
/** A quote that runs on before it closes: "'Ik ben van de politie, doe open!' riep hij". */
const QUOTE_LATER = /^[^\n'"]{0,60}?['"]\s?(?:zegt|zei|riep|roept|riepen|schreeuwde|aldus|vertelt|vertelde|meldt|schrijft)\b/i;

const FIRST_WORD = /^[A-Za-z]+/;
const ENDS_IN_POLICE = /(?:politie|bureau|recherche|meldkamer)$/i;
/** Before a pattern without a subject: someone else's ("hij zat 20 jaar bij …", "de agenten van …"). */
const THIRD_BEFORE = latin(/(?:\b(?:hij|zij|ze|men|hem|jij|je|jullie|u)\s(?:[\p{L}\d]+\s){0,4}|(?<!\b(?:na|tijdens|voor|sinds)\s)\b(?:de|het|een|die|deze|dat|elke|iedere|alle|veel|onze?|hun|zijn|haar|twee|drie|vier|vijf)\s)$/iu);
const PLURAL_RANK = latin(/^(?:\p{L}*agenten|\p{L}*(?:rechercheur|inspecteur|brigadier|diender|aspirant|surveillant|centralist|verbalisant)s|politiemensen)\b/iu);
/** "Mijn vader was vroeger ook agent", "Mijn opa Jan was vroeger …": a relative's old job. */
const RELATIVE_PAST = latin(/^(?:[Mm]ijn|[Mm]n|[Mm]'n)\s(?:\p{L}+(?:\s\p{Lu}\p{Ll}+)?\s(?:was|werkte|zat)\s(?:ook\s)?vroeger\b|(?:vader|moeder|opa|oma|oom|tante|pa|ma)\s(?:was|werkte|zat)\b)/u);

/** Before a pattern without a subject: a parent's or grandparent's past job ("Mijn vader was 35 jaar agent"). */
const RELATIVE_PAST_BEFORE = /\b(?:mijn|mn|m'n)\s(?:vader|moeder|opa|oma|oom|tante|pa|ma)\s(?:was|werkte|zat)\s(?:ook\s)?$/i;
/** News with its source later in the sentence: "IBT-trainingen moeten beter, zegt de politievakbond". */
const SOURCE_LATER = /^[^.!?\n]{0,120},['"’”]?\s(?:zegt|zei|meldt|meldde|aldus|schrijft|melden)\s(?:de|het|een|die)\b/i;
/** A named person's or relative's past job: "Jan was vroeger agent". */
const NAMED_PAST = latin(/^(?!(?:Ik|Wij|We)\b)\p{Lu}\p{Ll}+\s(?:was|werkte|zat)\s(?:ook\s)?(?:vroeger|ooit|jaren)\b/u);
/** Another service's control room: "de meldkamer ambulancezorg". */
const OTHER_CONTROL_ROOM = /^\s(?:ambulance|brandweer|van\sde\sbrandweer|van\sde\sambulance|van\seen\b|van\s(?:de\s)?(?:particulier|alarm|beveilig|taxi|zorg))/i;

/** Whether a pattern's match is the writer's (or a named person's) disclosure, not talk about the police. */
export function accept(text: string, start: number, end: number, bare: boolean): boolean {
  const found = text.slice(start, end);
  // ("Agent Demi" is a named officer: the title before a name)
  if (THIRD_PERSON_NAMES.test(FIRST_WORD.exec(found.slice(0, 20))?.[0] ?? '') && !TITLE_AND_NAME.test(found)) return false;
  if (bare) {
    const before = text.slice(Math.max(0, start - 50), start);
    if (THIRD_BEFORE.test(before) || RELATIVE_PAST_BEFORE.test(before) || PLURAL_RANK.test(text.slice(start, start + 30))) return false;
  }
  if (RELATIVE_PAST.test(found) || NAMED_PAST.test(found)) return false;
  if (onlyIf(text, start, end)) return false;
  if (THERE_WAS.test(found)) return false;
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  const after = text.slice(end, end + 60);
  // (the sentence is read only when 'sindsdien' follows: most matches never need it)
  if (after.includes('sindsdien') && QUIT.test(sentenceOf(text, sentenceStart(text, start), end))) return false;
  if (PLAY_AFTER.test(after) || QUOTE_AFTER.test(after) || QUOTE_LATER.test(after) || SOURCE_LATER.test(text.slice(end, end + 140))) return false;
  if (otherRoom(text, start, end, found)) return false;
  // "de politie is langs geweest": a visit, when what was found ends in the police itself (not a rank).
  if (ENDS_IN_POLICE.test(found) && VISIT_AFTER.test(after)) return false;
  return fitsItsSentence(text, start, end, found, bare);
}
/** There was one: "Vroeger liep er gewoon een agent op straat". */
const THERE_WAS = /\b(?:liep|loopt|liepen|lopen|stond|staat|stonden|staan|was|is|waren|zijn|zat|zit|reed|rijdt)\ser\s(?:\S+\s){0,2}(?:een|twee|drie|vier|geen|veel|wat)\s/i;
/** Only if: "Als ik bij de politie zou werken …", "als ik agent was" (not "als ik nachtdienst heb"). */
const IF_I = /\b(?:[Aa]ls|[Ss]tel\sdat)\s(?:ik|we|wij)\b[^.!?,;\n]{0,50}\b(?:zou|zouden|was|waren)\b/g;
/** How far before a match its "als ik" may open. */
const IF_REACH = 16;
/** Whether an "als ik … zou/was" that opens just before the match (not after it) holds it. */
function onlyIf(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - IF_REACH);
  IF_I.lastIndex = 0;
  const m = IF_I.exec(text.slice(from, end + 40));
  return m !== null && from + m.index <= start && from + m.index + m[0].length > start;
}
/** (Not a song, a herbicide or a film: "Secret Agent Man", "Agent Orange".) */
const TITLE_AND_NAME = /^(?:Agente?|Wijkagente?|Hoofdagente?)\s(?!(?:Man|Orange|Smith|Cody|Banks|Carter|Provocateur|Zero|Blue|Red|Black|White)\b)\p{Lu}\p{Ll}/u;
/** Left the force long ago, another job since: "mijn pet aan de wilgen gehangen, na zes jaar bij de gemeentepolitie; sindsdien sta ik in de bakkerij". */
const QUIT = /\b(?:aan\sde\swilgen|ontslag)\b[^.!?\n]*\bsindsdien\b/i;
const ROOM_WORD = /meldkamer|centralist/gi;
/** Just after a match that ends in a room word: the room named ("centralist op de meldkamer van een alarmcentrale"). */
const ROOM_NEXT = /^\s(?:bij|op)\s(?:de\s)?meldkamer/i;

/** A room or a centralist, wherever in the match, is another service's: "dienst op de meldkamer ambulancezorg in Tiel". */
function otherRoom(text: string, start: number, end: number, found: string): boolean {
  ROOM_WORD.lastIndex = 0;
  for (let m = ROOM_WORD.exec(found); m; m = ROOM_WORD.exec(found)) {
    let at = m.index + m[0].length;
    if (at === found.length) at += ROOM_NEXT.exec(text.slice(end, end + 30))?.[0].length ?? 0;
    if (OTHER_CONTROL_ROOM.test(text.slice(start + at, end + 60))) return true;
  }
  return false;
}
