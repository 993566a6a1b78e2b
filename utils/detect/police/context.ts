import { latin } from '../text/latin';
import { sentenceOf, sentenceStart } from './sentence';

// The match's sentence and what it says about the match (police/accept.ts): a game, a costume, a film,
// a wish, another trade's rank, gear or uniform, a question about someone else.

/** A game or a play anywhere in the sentence: "we deden Cluedo en ik was de rechercheur", "een rol als agent in de kerstmusical". */
const GAME_AROUND = /\b(?:Cluedo|Call of Duty|Among Us|Police Simulator|simulator|GTA|Fortnite|Minecraft|Roblox|spelletje\w*|bordspel\w*|gamen|gamede|\w*musical|toneel\w*)\b/i;

/** A costume, not a job: "verkleedde zich als agent", "carnaval: ik ga als politieagent". */
const COSTUME = latin(/\b(?:verkle(?:e)?d\p{L}*|vermom\p{L}*|kostuum\p{L}*|halloween|gekostumeerd)\b/iu);
const GOING_AS = latin(/\b(?:ga|gaan|ging|gingen|gaat|wil|wilde|willen)\s(?:\p{L}+\s){0,3}als\b/iu);
/** A game: "ik speel elke avond als agent". */
const PLAYING_AS = latin(/\bspe(?:el|elt|elde|len)\b(?:(?!\b(?:en|maar)\b)[^.!?\n,]){0,30}\bals\s\S+$/iu);
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

/** An applicant: "Ik heb bij de politie gesolliciteerd maar ben afgewezen". */
const APPLICANT = /\b(?:gesolliciteerd|afgewezen|sporttest|selectieprocedure|selectiedag|toelatingstest)\b/i;
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
/** Nearly a role is none: "Ik was bijna agent geworden" (not "bijna 20 jaar agent"). */
const NEARLY = latin(/\bbijna\s(?!(?:\S+\s)?(?:jaar|jaren|maanden|weken|dagen|decennium)\b)/iu);
/** The police's school wished for: "Na de middelbare wil ik naar de Politieacademie". */
const TRAINING = /(?:academie|politieschool|opleiding)$/i;
const WANT_BEFORE = /\b(?:wil|wilde|willen|hoop|hoopte|zou|zouden|droom)\b/i;

/** "noodhulp" of an aid organisation: "Ik werk bij het Rode Kruis in de noodhulp". */
const AID = /noodhulp/i;
const AID_AROUND = /Rode\sKruis|Artsen\szonder\sGrenzen|humanitair|\bNGO\b|Unicef|Cordaid|Save\sthe\sChildren|rampgebied|vluchtelingen|Syri[eë]|Oekra[iï]ne|Gaza/i;
// the small tests of fitsItsSentence, made once (a regex literal in a function is a new object per call)
const AS = /\bals\s/i;
const MY_PORTOFOON = /^(?:mijn|m'?n|onze)\sportofoon$/i;
const PORTOFOONS = /portofoon/gi;
const UNIFORM = /uniform/i;
const UNIFORMS = /uniform/gi;
const IN_FIRST = /^in\s/i;

/** The checks that read the match's sentence, each only where it can apply (a sentence is read once). */
export function fitsItsSentence(text: string, start: number, end: number, found: string, bare: boolean): boolean {
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
