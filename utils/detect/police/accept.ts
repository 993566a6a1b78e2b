import { latin } from '../text/latin';

/**
 * What tells a police pattern's match apart from talk about the police (police/index.ts): the third
 * person before it, a quote or news source around it, a game or series after it, a visit.
 */
const THIRD_PERSON_NAMES = /^(?:De|Het|Een|Die|Deze|Dat|Dit|Er|Daar|Hier|Volgens|Aldus|Iedereen|Niemand|Politie|Agent|Zij|Hij|Ze|Men|Wat|Wie|Waarom|Hoe|Toen|Maar|En|Of|Dus|Ook|Nu|Wel|Niet|Geen)$/;
// (not across a sentence's end: "Klopt niet wat je zegt. Ik zit zelf bij het AT")
const QUOTE_BEFORE = /(?:aldus|zegt|zei|meldt|meldde|volgens|schrijft|bericht|nieuws|krant|kop|artikel|nos|rtv|ad\.nl|nu\.nl|telegraaf)[^\w.!?]{0,40}$/i;
const VISIT_AFTER = /^\s?(?:geweest|langs\s?geweest|langs\b|gebeld|(?:gegaan\s)?voor\s(?:een\s)?aangifte|gegaan\som\saangifte|om\saangifte|aangifte|melding|op\sbezoek|binnen\sgeweest)/i;
/** "… ben ik brigadier in Call of Duty": games and series. */
const PLAY_AFTER = /^.{0,30}?\b(?:Call of Duty|GTA|Fortnite|Minecraft|Roblox|level\s\d|in de game|in het spel|Flikken|Baantjer)/i;
/** A quote the writer reports: "'Ik werk al twintig jaar bij de politie,' zegt Jan". */
const QUOTE_AFTER = /^[.!?]?[,'"’”]\W{0,3}\s?(?:zegt|zei|aldus|vertelt|vertelde|meldt|schrijft)\b/i;

const FIRST_WORD = /^[A-Za-z]+/;
const ENDS_IN_POLICE = /(?:politie|bureau|recherche|meldkamer)$/i;
/** Before a pattern without a subject: someone else's ("hij zat 20 jaar bij …", "de agenten van …"). */
const THIRD_BEFORE = latin(/(?:\b(?:hij|zij|ze|men|hem|jij|je|jullie|u)\s(?:[\p{L}\d]+\s){0,4}|(?<!\b(?:na|tijdens|voor|sinds)\s)\b(?:de|het|een|die|deze|dat|elke|iedere|alle|veel|onze?|hun|zijn|haar|twee|drie|vier|vijf)\s)$/iu);
const PLURAL_RANK = latin(/^(?:\p{L}*agenten|\p{L}*(?:rechercheur|inspecteur|brigadier|diender|aspirant|surveillant|centralist|verbalisant)s|politiemensen)\b/iu);
/** "Mijn vader was vroeger ook agent", "Mijn opa Jan was vroeger …": a relative's old job. */
const RELATIVE_PAST = latin(/^(?:[Mm]ijn|[Mm]n|[Mm]'n)\s(?:\p{L}+(?:\s\p{Lu}\p{Ll}+)?\s(?:was|werkte|zat)\s(?:ook\s)?vroeger\b|(?:vader|moeder|opa|oma|oom|tante|pa|ma)\s(?:was|werkte|zat)\b)/u);

/** Before a pattern without a subject: a parent's or grandparent's past job ("Mijn vader was 35 jaar agent"). */
const RELATIVE_PAST_BEFORE = /\b(?:mijn|mn|m'n)\s(?:vader|moeder|opa|oma|oom|tante|pa|ma)\s(?:was|werkte|zat)\s(?:ook\s)?$/i;

/** A game anywhere in the sentence: "we deden Cluedo en ik was de rechercheur". */
const GAME_AROUND = /\b(?:Cluedo|Call of Duty|Among Us|Police Simulator|simulator|GTA|Fortnite|Minecraft|Roblox|spelletje\w*|bordspel\w*|gamen|gamede)\b/i;

/** A costume, not a job: "verkleedde zich als agent", "carnaval: ik ga als politieagent". */
const COSTUME = latin(/\b(?:verkle(?:e)?d\p{L}*|vermom\p{L}*|kostuum\p{L}*|halloween|gekostumeerd)\b/iu);
const GOING_AS = latin(/\b(?:ga|gaan|ging|gingen|gaat|wil|wilde|willen)\s(?:\p{L}+\s){0,3}als\b/iu);
/** A game: "ik speel elke avond als agent". */
const PLAYING_AS = latin(/\bspe(?:el|elt|elde|len)\b(?:(?!\b(?:en|maar)\b)[^.!?\n,]){0,30}\bals\s\S+$/iu);
/** News with its source later in the sentence: "IBT-trainingen moeten beter, zegt de politievakbond". */
const SOURCE_LATER = /^[^.!?\n]{0,120},['"’”]?\s(?:zegt|zei|meldt|meldde|aldus|schrijft|melden)\s(?:de|het|een|die)\b/i;
/** A named person's or relative's past job: "Jan was vroeger agent". */
const NAMED_PAST = latin(/^(?!(?:Ik|Wij|We)\b)\p{Lu}\p{Ll}+\s(?:was|werkte|zat)\s(?:ook\s)?(?:vroeger|ooit|jaren)\b/u);
/** Another service's control room: "de meldkamer ambulancezorg". */
const OTHER_CONTROL_ROOM = /^\s(?:ambulance|brandweer|van\sde\sbrandweer|van\sde\sambulance|van\seen\b|van\s(?:de\s)?(?:particulier|alarm|beveilig|taxi|zorg))/i;
const CARNIVAL = /carnaval/i;
/** A film, series or book named before the match: "In de film Bad Boys zijn de agenten …". */
const MEDIA_BEFORE = /\b(?:film|serie|tv-serie|docuserie|politieserie|aflevering|boek|strip|game)\b/i;
/** Bodies with inspectors of their own: "ik werk bij de NVWA als inspecteur". */
const OTHER_BODY = latin(/\b(?:NVWA|ILT|Rijkswaterstaat|ProRail|NS|[Ii]nspectie\p{L}*|[Dd]ouane|FIOD|[Bb]elastingdienst|[Gg]emeente|IND|[Bb]randweer|[Dd]efensie|[Oo]nderwijs\p{L}*)\b/u);
const SHARED_RANK_WORD = /inspecteur|commissaris|surveillant|teamchef|specialist|expert|centralist|regisseur/i;
/** Ranks that other services have too, at another body: "inspecteur bij de NVWA", "commissaris van de Koning". */
const SHARED_RANK_ELSEWHERE = latin(/(?:[Ii]nspecteur|[Cc]ommissaris|[Ss]urveillant|[Tt]eamchef|[Ss]pecialist|[Ee]xpert|[Cc]entralist|[Rr]egisseur)s?\s(?:bij|van|voor)\s(?:de\s|het\s)?(?!dienst\b|\d)/u);
/** The police named soon after such a rank ("expert bij het Team Verkeer van eenheid Oost-Brabant"). */
const POLICE_SOON = /[Pp]olitie|Dienst\s(?:Infrastructuur|Speciale)|[Ee]enheid|[Rr]echerche|[Nn]oodhulp|[Mm]eldkamer|[Bb]asisteam|[Ww]ijkteam|[Dd]istrict|[Zz]eden|[Bb]ureau|\bME\b|\bVP\b|KMar|[Mm]arechaussee|\bPZ\s|[Zz]one\s[A-Z]/;
/** Around "in uniform": what makes it the police's uniform, and the uniforms of other trades. */
const POLICE_AROUND = /politie|agent|arrest|bekeuring|\bbon\b|boef|boeven|dienst\b|collega|bureau|surveill|handhav|centralist|meldkamer|melding/i;
const OTHER_UNIFORM = /\bboa\b|handhaver|leger|landmacht|luchtmacht|marine|defensie|militair|soldaat|brandweer|scouting|schooluniform|uniform\svan\s(?:de|het|mijn|onze)\s(?!politie)|verpleeg|ziekenhuis|conducteur|stewardess|piloot|voetbal|fanfare|muziekkorps/i;

/**
 * Text that starts with someone else as its subject ("De nieuwe lichting start als agent"), not a
 * time ("De hele dag …"); `moreTimes` adds words that also start a time where it is used.
 */
export const THIRD_SUBJECT_OR_TIME = (moreTimes = ''): RegExp =>
  new RegExp(String.raw`^\s*(?:(?:De|Het|Een|Die|Deze)\s(?!(?:hele|afgelopen|laatste|eerste|komende|volgende|vorige${moreTimes ? `|${moreTimes}` : ''})\b)|(?:Hij|Zij|Ze|Men|Jullie|Jij|Je|U)\b)`);
const THIRD_SUBJECT = THIRD_SUBJECT_OR_TIME();
const FIRST_PERSON = /\b(?:ik|me|mij|mijn|m'n|mn|we|wij|ons|onze)\b/i;

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
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  const after = text.slice(end, end + 60);
  // (the sentence is read only when 'sindsdien' follows: most matches never need it)
  if (after.includes('sindsdien') && QUIT.test(sentenceOf(text, sentenceStart(text, start), end))) return false;
  if (PLAY_AFTER.test(after) || QUOTE_AFTER.test(after) || SOURCE_LATER.test(text.slice(end, end + 140))) return false;
  if (CONTROL_ROOM.test(found) && (OTHER_CONTROL_ROOM.test(after) || OTHER_SERVICE_ROOM.test(after))) return false;
  if (MELDKAMER.test(found) && AMBULANCE_ROOM.test(text.slice(start, end + 24))) return false;
  // "de politie is langs geweest": a visit, when what was found ends in the police itself (not a rank).
  if (ENDS_IN_POLICE.test(found) && VISIT_AFTER.test(after)) return false;
  return fitsItsSentence(text, start, end, found, bare);
}

/** An applicant: "Ik heb bij de politie gesolliciteerd maar ben afgewezen". */
const APPLICANT = /\b(?:gesolliciteerd|afgewezen|sporttest|selectieprocedure|selectiedag|toelatingstest)\b/i;
/** (Not a song, a herbicide or a film: "Secret Agent Man", "Agent Orange".) */
const TITLE_AND_NAME = /^(?:Agente?|Wijkagente?|Hoofdagente?)\s(?!(?:Man|Orange|Smith|Cody|Banks|Carter|Provocateur|Zero|Blue|Red|Black|White)\b)\p{Lu}\p{Ll}/u;
/** Someone passing for police: "Mijn ex deed zich altijd voor als rechercheur", "doet alsof hij agent is", "alsof ze van de politie was" (not "kijkt je aan alsof je ze komt arresteren"). */
const PRETEND = latin(/\b(?:deed|doet|deden|doen)\s(?:zich|ze|hij|zij)\s(?:\p{L}+\s){0,3}voor\sals\b|\b(?:doet|deed|doen|deden)\s(?:\p{L}+\s){0,2}alsof\b|\balsof\s(?:hij|zij|ze|die|hem|haar)\b/iu);
/** A role with "de" or "die" and nothing after it: a part in a game or a story ("Ik ben de agent, jij de boef"), not "de wijkagent van Zuid". */
const DEFINITE_ROLE = /\b(?:ben|is|speel|was)\s(?:de|die)\s\p{L}*(?:agent|rechercheur|smeris|flik)$/iu;
const ROLE_WHERE = /^\s(?:van|voor|in|bij|op|hier)\b/i;
/** Taken for police, just before or in the match: "iedereen spreekt ons aan als agent". */
const TAKEN_FOR = /\b(?:spre(?:ekt|ken|kt)|sprak|spraken|zie[nt]?|zag|zagen)\s(?:\p{L}+\s){0,3}aan\s(?:als|voor)\s|\b(?:aangesproken|aangezien)\s(?:als|voor)\s/iu;
/** A question about someone, just before or in the match: "Mag een hondengeleider zomaar …?" */
const ASKED_OF_ONE = /(?:^|[.!?]\s+)(?:Mag|Moet|Kan|Moest|Mocht)\s(?:een|de|die)\s/;
/** Only as if: "Ziet eruit alsof ik bij het arrestatieteam zit". */
const AS_IF_BEFORE = /\balsof\s(?:\p{L}+\s){0,2}$/iu;
/** Left the force long ago, another job since: "mijn pet aan de wilgen gehangen, na zes jaar bij de gemeentepolitie; sindsdien sta ik in de bakkerij". */
const QUIT = /\b(?:aan\sde\swilgen|ontslag)\b[^.!?\n]*\bsindsdien\b/i;
/** Nearly a role is none: "Ik was bijna agent geworden" (not "bijna 20 jaar agent"). */
const NEARLY = latin(/\bbijna\s(?!(?:\S+\s)?(?:jaar|jaren|maanden|weken|dagen|decennium)\b)/iu);
/** The police's school wished for: "Na de middelbare wil ik naar de Politieacademie". */
const TRAINING = /(?:academie|politieschool|opleiding)$/i;
const WANT_BEFORE = /\b(?:wil|wilde|willen|hoop|hoopte|zou|zouden|droom)\b/i;

/** "noodhulp" of an aid organisation: "Ik werk bij het Rode Kruis in de noodhulp". */
const AID = /noodhulp/i;
const AID_AROUND = /Rode\sKruis|Artsen\szonder\sGrenzen|humanitair|\bNGO\b|Unicef|Cordaid|Save\sthe\sChildren|rampgebied|vluchtelingen|Syri[eë]|Oekra[iï]ne|Gaza/i;
// the small tests of fitsItsSentence, made once (a regex literal in a function is a new object per call)
const CONTROL_ROOM = /(?:meldkamer|centralist)$/i;
/** The match runs on into another service's control room: "dienst op de meldkamer ambulancezorg". */
const AMBULANCE_ROOM = /meldkamer\s(?:ambulance|brandweer)/i;
const MELDKAMER = /meldkamer/i;
const OTHER_SERVICE_ROOM = /^\s(?:bij|op)\s(?:de\s)?meldkamer\s(?:ambulance|brandweer)/i;
const AS = /\bals\s/i;
const MY_PORTOFOON = /^(?:mijn|m'?n|onze)\sportofoon$/i;
const PORTOFOONS = /portofoon/gi;
const UNIFORM = /uniform/i;
const UNIFORMS = /uniform/gi;
const IN_FIRST = /^in\s/i;

/** The checks that read the match's sentence, each only where it can apply (a sentence is read once). */
function fitsItsSentence(text: string, start: number, end: number, found: string, bare: boolean): boolean {
  const from = sentenceStart(text, start);
  let read: string | undefined;
  const sentence = () => (read ??= sentenceOf(text, from, end));
  if (bare && THIRD_SUBJECT.test(text.slice(from, start)) && !FIRST_PERSON.test(sentence())) return false;
  const lead = text.slice(Math.max(0, start - 40), end);
  if (AS.test(lead) && (PLAYING_AS.test(lead) || COSTUME.test(sentence()) || (CARNIVAL.test(sentence()) && GOING_AS.test(lead)))) return false;
  if (GAME_AROUND.test(sentence()) || MEDIA_BEFORE.test(text.slice(from, start)) || PRETEND.test(sentence()) || APPLICANT.test(sentence())) return false;
  if (NEARLY.test(found) || TAKEN_FOR.test(lead) || ASKED_OF_ONE.test(lead) || AS_IF_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (DEFINITE_ROLE.test(found) && !ROLE_WHERE.test(text.slice(end, end + 12))) return false;
  if (TRAINING.test(found) && WANT_BEFORE.test(text.slice(Math.max(from, start - 30), start))) return false;
  if (SHARED_RANK_WORD.test(found) && rankElsewhere(sentence(), start - from, found)) return false;
  if (bare && SHARED_GEAR.test(found) && GUARD_AROUND.test(sentence())) return false;
  // a portofoon is also a builder's or a steward's: only with the police around it
  if (MY_PORTOFOON.test(found) && !POLICE_AROUND.test(sentence().replace(PORTOFOONS, ''))) return false;
  if (AID.test(found) && AID_AROUND.test(sentence())) return false;
  if (UNIFORM.test(found) && (OTHER_UNIFORM.test(sentence()) || (IN_FIRST.test(found) && !POLICE_AROUND.test(sentence().replace(UNIFORMS, ''))))) return false;
  return true;
}

const NOT_POLICE_SAID = /\b(?:geen|niet|nooit)\s(?:bij\s)?(?:de\s)?politie\b/gi;
/** Gear that guards and municipal officers carry too, and their trade named around it ("Portofoon, bodycam: de beveiliging was goed geregeld"). */
const SHARED_GEAR = /portofoon|bodycam|handboeien|pepperspray|wapenstok/i;
const GUARD_AROUND = /beveilig|security|bewaking|bewaker|\bboa\b|handhaver|stadswacht|steward/i;
/** A rank other services have too, held at another body ("inspecteur bij de NVWA"), in the sentence; the rank is at `at`. */
function rankElsewhere(sentence: string, at: number, found: string): boolean {
  // ("Ik ben inspecteur bij de Inspectie …, dus geen politie hoor": the police denied is no police)
  if (OTHER_BODY.test(sentence) && !POLICE_SOON.test(sentence.replace(found, '').replace(NOT_POLICE_SAID, ''))) return true;
  const rest = sentence.slice(at);
  const rankAt = SHARED_RANK_ELSEWHERE.exec(rest);
  return rankAt !== null && !POLICE_SOON.test(rest.slice(rankAt.index + rankAt[0].length));
}

/** Whether a profile line's role is a rank other services have too, at another body: "Inspecteur bij de NVWA". */
export function roleElsewhere(text: string, start: number, end: number): boolean {
  const found = text.slice(start, end);
  if (!SHARED_RANK_WORD.test(found)) return false;
  const from = sentenceStart(text, start);
  return rankElsewhere(sentenceOf(text, from, end), start - from, found);
}

/** A full stop, question or exclamation mark, or a line break. */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** How far a sentence is read either side of a match, at most. */
const SENTENCE_REACH = 100;

/** Where the sentence holding `at` starts (at most SENTENCE_REACH characters back). */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < SENTENCE_REACH && !endsSentence(text.charCodeAt(from - 1))) from--;
  return from;
}

/** The sentence from `from` (its start) past `end`: checks of context stay in it. */
function sentenceOf(text: string, from: number, end: number): string {
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentence(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
