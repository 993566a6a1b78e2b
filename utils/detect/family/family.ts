import type { Recognizer, Span } from '../types';
import { anchorsOf, FAMILY_ANCHORS } from '../text/anchors';
import { matchesIn, partsOf, windows } from '../text/windows';
import { unshouted } from '../text/unshout';
import { latin } from '../text/latin';
import { LOWER_NAME } from './first-names';

/**
 * A named family member (shared/pii-spec.md `family`): a possessive, a relation word, then a name
 * ("mijn dochter Sanne", "onze kinderen Noor en Sem", "m'n vrouw Ellen"), or a kin title before a
 * name ("Opa Henk"). A relation word without a name, a name without one, songs and public figures
 * ("Vader Abraham", "Moeder Aarde", "koning Willem-Alexander") are not.
 */
const ci = (word: string) => word.replace(/^[a-z]/, (c) => `[${c}${c.toUpperCase()}]`);
/** "me broer" is spoken Dutch for "mijn broer". */
const POSSESSIVE = `(?:${["mijn", 'mijne', 'mien', 'miene', 'myn', "m'n", 'mn', 'me', 'onze', 'ons', 'zijn', "z'n", 'zn', 'haar', 'hun'].map(ci).join('|')}|\\p{Lu}\\p{Ll}+'s)`;
/** Children and grandchildren: named without a possessive at a clause start ("Zoontje Finn (4)", "Welkom kleinzoon Thijs"). */
const CHILD = String.raw`(?:[Kk]lein(?:dochter|zoon)(?:tje)?|[Dd]ochter(?:tje)?|[Zz]oon(?:tje)?|[Kk]leinkind|[Bb]roertje|[Zz]usje|[Nn]eefje|[Nn]ichtje|[Ee]chtgeno(?:ot|te)|[Vv]erloofde|[Ss]choon(?:moeder|vader|zus|broer|zoon|dochter|pa|ma)|[Tt]weeling(?:broer|zus)|[Zz]wager|(?:[Oo]ver)?[Gg]root(?:moeder|vader)|[Ss]tief(?:vader|moeder|zoon|dochter|broer|zus)|[Bb]onus(?:vader|moeder|zoon|dochter)|[Pp]lus(?:vader|moeder|zoon|dochter)|[Bb]roer|[Zz]us)`;
export const RELATION = String.raw`(?:pa|ma|pap|mam|paps|mams|zonen|jongste|oudste|middelste|(?:schoon|stief|pleeg|klein|achterklein|groot|over|bonus|plus|half)?(?:dochter|zoon)(?:tje|s|ke|lief)?|dochtertje|zoontje|vrouw|man|echtgeno(?:ot|te)|partner|verloofde|aanstaande|wederhelft|ex|ouwe\sheer|meter|peter|(?:stief|bonus|plus|pleeg)?(?:moeder|vader)|(?:bonus|plus|schoon)?(?:mama|papa)|peet(?:dochter|zoon|kind|oom|tante)|petekind|moeke|vake|lief|vent|(?:tweeling|half|stief|bonus|schoon)?broer(?:tje|tjes|s|ke)?|broor|bro|sis|opoe|ex-(?:vrouw|man|partner)|vriend|vriendin|(?:tweeling|half|stief|bonus|schoon)?zus(?:je|jes|sen|ke)?|zuster|opa|oma|kleinzoon|kleindochter|kleinkind(?:eren)?|(?:achter)?neef(?:je|jes)?|(?:achter)?nicht(?:je|jes)?|beppe|pake|heit|mem|soan|suster|omke|muoike|oom|ooms|ome|nonkel|bompa|bomma|meme|tante|tantes|(?:over)?groot(?:moeder|vader|ouders)|ouders|zwager|schoonzus|schoonvader|schoonmoeder|schoonma|schoonpa|schoonouders|(?:bonus|pleeg)?kind(?:je|eren)?|kids|tweeling)`;
/** Days, months and football clubs after a relation word: "mn moeder Zondag jarig", "m'n dochter Feyenoord". */
const NOT_NAMES = 'Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Ajax|Feyenoord|Vitesse|Twente|Heerenveen|Sparta|Excelsior|Heracles|Fortuna|Roda|Cambuur|Go|Minecraft|Fortnite|Roblox|Pokemon|Netflix|YouTube|Youtube|TikTok';
/** Places, and the English small words a capital starts ("my son The …"): not names. */
const PLACES = 'Amsterdam|Rotterdam|Utrecht|Den|Haag|Parijs|Londen|Berlijn|Brussel|Antwerpen|Groningen|Eindhoven|Maastricht|Zwolle|Arnhem|Nijmegen|Leiden|Haarlem|Delft|Tilburg|Breda|Almere|Texel|Spanje|Italië|Griekenland|Turkije|Marokko|België|Amerika|Disneyland|Efteling|Artis';
const ENGLISH_SMALL = 'The|And|Has|Just|He|She|It|My|Our|This|That|To|For|So|Who';
/** Words that open a sentence before a comma: "Nee, mijn vrouw, die …" is no name first. */
const INTERJECTIONS = 'Nee|Ja|Hoi|Hey|Hallo|Serieus|Nou|Welkom|Oké|Oke|Sorry|Dank|Bedankt|Haha|Echt|Tja|Goh|Jeetje|Pff|Hee|Zeg|Kijk|Trouwens|Joh|Jongens|Mensen|Lieverd|Schat|Gefeliciteerd|Proficiat|Dus|Want|Maar|Toch|Wauw|Wow|Super|Top|Mooi|Helaas|Gelukkig|Eindelijk|Vandaag|Gisteren|Morgen';
const STOP = String.raw`(?:${NOT_NAMES}|${PLACES}|${INTERJECTIONS}|${ENGLISH_SMALL}|Nederlands|Engels|Frans|Duits|Spaans|Turks|Arabisch|Pools|Nederland|Engeland|Frankrijk|Duitsland|De|Het|Een|En|Of|Maar|Die|Dat|Dit|Deze|Is|Was|Heeft|Had|Gaat|Komt|Zit|Kan|Moet|Ook|Nog|Al|Op|In|Van|Met|Voor|Bij|Naar|Om|Te|Als|Omdat|Zodra|Wanneer|Wat|Wie|Hoe|Waar|Ik|Je|Jij|Hij|Zij|Ze|We|Wij|Jullie|Er|Daar|Hier|Niet|Geen|Toen|Dan|Nu|Zo)\b`;
/**
 * A capitalised name. The words of STOP are no names; rather than a look-ahead in every regex (the
 * list compiles to some 50 KB of code at each place it stands, 2 MB in all), they are lower-cased
 * where a name could start before the regexes run (`defused`), so the capital fails there.
 */
const NAME = String.raw`\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?`;
/** A STOP word where a name could start: not inside a word, nor after a hyphen ("Anna-De"). */
const STOP_WORD = latin(String.raw`(?<![\p{L}\p{N}-])${STOP}`, 'g');
const lowerFirst = (word: string): string => word[0]!.toLowerCase() + word.slice(1);
/** The text with every STOP word lower-cased at its first letter (same length, same offsets). */
const defused = (text: string): string => text.replace(STOP_WORD, lowerFirst);
/** Names, each maybe with an age: "Sem (9), Lieke (6) en Tijn (3)". */
const AGE = String.raw`(?:\s?\(\d{1,2}\))?`;
const NAMES = String.raw`${NAME}${AGE}(?:(?:,\s|\sen\s|\sand\s|\s&\s)${NAME}${AGE}){0,3}`;
/** Characters known by a kin title ("Oma Duck", "Tante Sidonia", "Opa Bakkebaard"): nobody's relatives. */
const FICTION = String.raw`(?!(?:Mia|Roach|Smurf|Duck|Dagobert|Donald|Sidonia|Jacob|Abraham|Teresa|Pos|Bakkebaard|Natuur|Aarde|Holle|Agent|Wiske|Lambik|Jerom|Knor|Pinkelman|Pollewop|Vernon|Petunia)\b)`;
const ADJ = String.raw`(?:(?:lieve|kleine|grote|oudste|middelste|jongste|eigen|nieuwe|pasgeboren|eerste|tweede|derde|vierde|twee|drie|vier|vijf)\s){0,2}`;

/** "mijn vrouw Ellen", or a name set off by commas: "Mijn vrouw, Saskia, heeft …", "onze jongste, Mees, heeft …". */
const BEFORE_NAME = String.raw`(?:\s\(?|,\s(?=${NAME}(?:\sen\s${NAME}|\s(?:(?:van|de|der|den|ter|te)\s)*\p{Lu}\p{Ll}+)?\s?[,(.!?]))`;
const POSSESSED = latin(String.raw`\b(?:${POSSESSIVE}|\p{Lu}\p{Ll}+s(?=\s(?:vrouw|man|zoon|dochter|broer|zus|vader|moeder)\s\p{Lu}))\s${ADJ}${RELATION}${BEFORE_NAME}${NAMES}(?![\p{L}\p{N}])`, 'g');
const CALLED_WORD = /\bhe(?:et|ten)\b/;
/** "Mijn dochter heet Lieke" (not "het paard van mijn dochter heet Storm"). */
const CALLED = latin(String.raw`\b${POSSESSIVE}(?<!\bvan\s${POSSESSIVE})\s${ADJ}${RELATION}\s(?:heet|heten)\s${NAMES}(?![\p{L}\p{N}])`, 'g');
/** Relatives named without a possessive after a preposition: "bij stiefmoeder Anja", "met pa Gerrit" (not a nurse: "zuster"). */
const KIN = String.raw`(?:(?:stief|schoon|bonus|pleeg|groot|half|overgroot)(?:moeder|vader|zus|broer|zoon|dochter|mama|papa|pa|ma)|pa|ma|paps|mams|broer(?:tje)?|zus(?:je)?|zwager|neef(?:je)?|nicht(?:je)?|zoon(?:tje)?|dochter(?:tje)?|klein(?:zoon|dochter))`;
/**
 * In one pass (each look-behind comes after the word it checks, so it runs only there): "ons ventje
 * Jens" (the writer's little one), a relative after a preposition ("bij stiefmoeder Anja", "met pa
 * Gerrit"), a second relative in a list ("m'n zoontje Olivier en dochter Liv", "van zoon Storm en dochter Jade", "…, de kids Jelle en Noa").
 */
const MORE_KIN = latin(String.raw`\b[Oo]ns\s(?:kleine\s)?(?:mannetje|manneke|meisje|meiske|ventje|menneke)\s${FICTION}${NAME}(?![\p{L}\p{N}])|\b${KIN}(?=\s\p{Lu})(?<=\b(?:met|bij|voor|van)\s(?:${KIN}\s${NAME}(?:,\s|\sen\s|\s&\s))?${KIN})\s${FICTION}${NAME}(?![\p{L}\p{N}])|\b(?:de\s)?(?:${KIN}|kids|kinderen)(?=\s\p{Lu})(?<=\b${POSSESSIVE}\s${ADJ}${RELATION}\s${NAME}(?:,\s|\sen\s|\s&\s)(?:de\s)?(?:${KIN}|kids|kinderen))\s${FICTION}${NAMES}(?![\p{L}\p{N}])`, 'g');
/** Without a possessive: a child at a clause start or welcomed, or with an age ("dochter Evi (9)"). */
const UNPOSSESSED = latin(String.raw`(?:(?:[Gg]rote|[Kk]leine)\s)?${CHILD}(?<=(?:^|[.!?:;,\n]\s{0,3}|(?:[Ww]elkom|[Bb]edankt|[Gg]efeliciteerd|[Pp]roficiat|[Vv]erjaardag|[Ss]terkte|[Bb]irthday|[Bb]day)\s)(?:(?:[Gg]rote|[Kk]leine)\s)?${CHILD})\s${FICTION}${NAME}(?:\s?\(\d{1,2}\))?(?![\p{L}\p{N}])`, 'g');
/** The name first: "Bram, mijn man, en ik …". */
const NAME_FIRST = latin(String.raw`(?=\p{Lu})(?<![\p{L}\p{N}])${NAME}${AGE}(?:\sen\s${NAME}${AGE})?(?:,\s${POSSESSIVE}\s${ADJ}${RELATION}(?:\svan\s\d{1,2})?(?=\s?[,.!?;]|\s*$|\s[^\p{L}\d\s])|\s\(${POSSESSIVE}\s${RELATION}(?:,\s?\d{1,2}|\svan\s\d{1,2})?\))`, 'g');
/** A little one named anywhere: "nu zoontje Mats ophalen". */
const LITTLE = latin(String.raw`\b(?:[Pp]lus(?:mama|papa|moeder|vader)|[Bb]onus(?:mama|papa|moeder|vader)|[Zz]oontje|[Dd]ochtertje|[Kk]lein(?:zoon|dochter)tje|[Zz]oonlief|[Dd]ochterlief|[Mm]anlief|[Vv]rouwlief|[Ss]choonouders)\s\(?${FICTION}${NAME}(?![\p{L}\p{N}])`, 'g');
/** Said with love, the writer's own: "lieve papa Henk", "Lieve schoonmoeder Tineke". */
const LOVING = latin(String.raw`\b[Ll]ieve\s${RELATION}\s${FICTION}${NAMES}(?![\p{L}\p{N}])`, 'g');
/** In a profile line or said with pride, a parent named by the children ("trotse mama van Mila & Jesse"). */
const PARENT = '(?:[Mm]ama|[Pp]apa|[Mm]oeder|[Vv]ader|[Mm]am|[Pp]ap)';
const PARENT_OF = latin(String.raw`${PARENT}(?<=(?:(?:^|[|·•\n])\s{0,3}|^\p{Lu}\p{Ll}+,\s|\b[Ii]k\sben\s\p{Lu}\p{Ll}+,\s|\b(?:[Tt]rotse|[Tt]rots|[Ll]ieve|[Pp]roud)\s)${PARENT})\svan\s${FICTION}${NAMES}(?![\p{L}\p{N}])`, 'g');
/** In English: "my wife Sophie", "our son Lucas". */
const MY_EN = String.raw`(?:[Mm]y|[Oo]ur)\s(?:(?:little|baby|eldest|youngest|oldest|lovely|beautiful|amazing|dear|sweet|twin|big|older|younger)\s)?`;
const RELATION_EN = 'sis|bro|(?:sister|brother|mother|father|son|daughter)-in-law|step(?:son|daughter|mom|dad|mother|father)|wife|husband|son|daughter|mum|mom|dad|father|mother|brother|sister|grandson|granddaughter|grandma|grandpa|niece|nephew|aunt|uncle|cousin|partner|fianc[ée]e?|twins|kids|children|boys|girls';
const ENGLISH = latin(String.raw`\b${MY_EN}(?:${RELATION_EN})\s${NAMES}(?![\p{L}\p{N}])`, 'g');
/** Any relation word (or "mijn jongens", "onze meiden") and a name with an age after it ("dochter Evi (9)"); only looked for in a window with "(". */
const AGED = latin(String.raw`\b(?:${RELATION}|${POSSESSIVE}\s(?:jongens|meiden|meisjes))\s${NAME}\s?\(\d{1,2}\)`, 'g');
/** Kin titles used as a name's prefix; not "Vader", "Moeder" or "Broeder" (songs, Mother Earth). */
const TITLE = '(?:[Oo]pa|[Oo]ma|[Oo]poe|[Vv]ava|[Tt]ante|[Oo]om|[Oo]me|[Nn]onkel|[Bb]ompa|[Bb]omma|[Mm]eme|[Nn]eef|[Nn]icht|[Mm]ama|[Pp]apa|[Hh]ubby|[Ww]ifey|Grandma|Grandpa|Granny|Nana)';
/** A kin title naming a business or a pet: "eetcafé Tante Koosje", "Tuincentrum Ome Joop", "Onze kat Mama Miep". */
const NOT_A_RELATIVE_BEFORE = String.raw`(?<!(?:[Ee]etcaf[eé]|[Cc]af[eé]|[Rr]estaurant|[Ll]unchroom|[Bb]istro|[Bb]rasserie|[Ii]jssalon|[Tt]uincentrum|[Ss]nackbar|[Bb]akkerij|[Ww]inkel|[Kk]apsalon|[Hh]otel|[Pp]annenkoekenhuis|[Kk]at|[Pp]oes|[Hh]ond|[Kk]onijn|[Cc]avia|[Pp]aard|[Pp]up)\s)`;
/** Stage and brand names with a kin title: "Ome Henk" (the singer), "Tante Rikie", "Tante Fanny" (pastry). */
const STAGE_NAME = String.raw`(?!Ome\sHenk\b|Ome\sWillem\b|Tante\sRikie\b|Tante\sFanny\b)`;
/** "Opa Henk", also with the name in brackets: "v.l.n.r. opa (Jan), oma (Truus)". */
const TITLED = latin(String.raw`\b${STAGE_NAME}${NOT_A_RELATIVE_BEFORE}${TITLE}\s(?:${FICTION}${NAME}(?![\p{L}\p{N}]|'s\s\p{Lu})|\(${FICTION}${NAME}\))`, 'g');
/** A name typed in lower case, only from the list of first names: "mn zusje eva", "oma riet", "zwager mark". */
const LOWER_CASE = latin(String.raw`\b(?:${POSSESSIVE}\s${ADJ}${RELATION}|${MY_EN}(?:${RELATION_EN})|${TITLE}|${KIN}|${CHILD})\s${LOWER_NAME}(?![\p{L}\p{N}])`, 'g');
/**
 * "Tante Sidonia is een personage uit een kinderboek", "Oom Dagobert uit de strip": a titled name
 * said to be a character in a story is nobody's relative (like the public figures the spec leaves out).
 */
const CHARACTER_AFTER = /^,?\s(?:(?:is|was)\s(?:een|het|de)\s(?:\p{L}+\s)?(?:personage|hoofdpersoon|(?:strip)?figuur|karakter)|(?:het|de|een)\s(?:\p{L}+\s)?(?:personage|hoofdpersoon|stripfiguur)|uit\s(?:het|de|een)\s(?:\p{L}+\s)?(?:(?:kinder|prenten|voorlees|strip)?boek|strip|(?:tv-)?serie|(?:teken)?film|sprookje))(?![\p{L}\p{N}])/iu;

// the relation words it looks around are in anchors.ts

/** Cartoons, storybooks and royals with their families ("Bluey en haar zusje Bingo", "Prins Harry en zijn broer William"): not the writer's. */
const CARTOON = /\b(?:Bluey|Peppa|Nijntje|Dikkie\sDik|Bumba|Paw\sPatrol|Simpsons?|Mickey|Minnie|Donald|Frozen|Elsa|Pok[eé]mon|Smurf\w*|Shrek|Disney|Pixar|Sesamstraat|K3|Pluk\svan\sde\sPetteflet|Jip\sen\sJanneke|Dolfje\sWeerwolfje|Harry\sPotter|Jezus|GTST)\b|\b(?:Prins|Prinses|Koning|Koningin|Prince|Princess|King|Queen)\s[A-Z]/;

/** "zijn vader Vito" in a film, a book or the gossip pages: somebody else's story. */
const THIRD_PERSON = /^(?:zijn|haar|hun|z'n)\s/i;
const MEDIA = /\b(?:film|serie|soap|boek|voorleesboek|prentenboek|strip|gekeken|netflix|personage|kabouter|sprookje|drama|roddel\w*)\b/i;

/** A pet named like kin: "Ons paard Sjors en zijn zusje Bella", "Ons kindje Snuf (cavia)". */
const PET = String.raw`(?:[Pp]aard|[Pp]ony|[Hh]ond|[Hh]ondje|[Kk]at|[Kk]atje|[Pp]oes|[Kk]onijn|[Cc]avia|[Pp]up|[Pp]uppy|[Hh]amster|[Kk]ip|[Pp]arkiet)`;
const PET_BEFORE = latin(String.raw`\b${PET}\s\p{Lu}\p{Ll}+\s(?:en|met)\s$`);
const PET_AFTER = new RegExp(String.raw`^\s?\(${PET}\)`);
const aPet = (text: string, start: number, end: number): boolean =>
  (THIRD_PERSON.test(text.slice(start, end)) && PET_BEFORE.test(text.slice(Math.max(0, start - 30), start))) || PET_AFTER.test(text.slice(end, end + 12));

export const family: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = unshouted(n, true);
  const wins = windows(text, anchorsOf(n)[FAMILY_ANCHORS]!, 24, 80, true);
  const named = wins.length > 0 ? defused(text) : text;
  const parts = partsOf(named, wins);
  const found = matchesIn(named, wins, [POSSESSED, UNPOSSESSED, LOVING, ENGLISH, LITTLE, NAME_FIRST, PARENT_OF, MORE_KIN, LOWER_CASE], parts);
  if (text.includes('(')) found.push(...matchesIn(named, wins, [AGED], parts));
  if (CALLED_WORD.test(text)) found.push(...matchesIn(named, wins, [CALLED], parts));
  for (const m of matchesIn(named, wins, [TITLED], parts)) if (!CHARACTER_AFTER.test(text.slice(m[1], m[1] + 60))) found.push(m);
  for (const [start, end] of found) {
    if (CARTOON.test(text.slice(Math.max(0, start - 40), end + 40))) continue;
    if (THIRD_PERSON.test(text.slice(start, end)) && MEDIA.test(text.slice(Math.max(0, start - 80), end + 80))) continue;
    if (aPet(text, start, end)) continue;
    spans.push({ start, end, category: 'family' });
  }
  return spans;
};

const NAME_START = new RegExp(String.raw`^(?:(?:${POSSESSIVE}\s${ADJ}|lieve\s)?(?:${RELATION}|${CHILD})|${MY_EN}(?:${RELATION_EN})|${TITLE}),?\s(?:heet\s|heten\s)?`, 'iu');

const NAME_FIRST_PART = /^\p{Lu}[\p{L}-]*(?=,\s)/u;

/**
 * The name part of a family finding, [start, end) within it: "Sanne" of "mijn dochter Sanne",
 * "Bram" of "Bram, mijn man". What the guard masks; the relation word stays.
 */
export function familyNamePart(text: string): [number, number] {
  const relationFirst = NAME_START.exec(text);
  if (relationFirst) return [relationFirst[0].length, text.length];
  const nameFirst = NAME_FIRST_PART.exec(text);
  return nameFirst ? [0, nameFirst[0].length] : [0, text.length];
}
