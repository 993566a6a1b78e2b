import type { Recognizer, Span } from '../types';
import { anchorsOf, SCHOOL_ANCHORS } from '../text/anchors';
import { matchesIn, partsOf, windows } from '../text/windows';
import { unshouted } from '../text/unshout';
import { latin } from '../text/latin';
import { COMMON_SCHOOL_NAMES, SECONDARY_NAME } from './school-names';

/**
 * A named school, or a class at one (shared/pii-spec.md `school`): "basisschool De Regenboog",
 * "OBS Het Kompas", "het Stedelijk Gymnasium Utrecht", "groep 5 van De Regenboog". Not "naar
 * school", a school without a name, universities and courses of adults.
 */
const NAME = String.raw`(?:(?:De|Het|Den|'t)\s)?\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2}`;
/** A school known by its article name only ("De Fonkelsteen", "'t Palet"). */
const ARTICLE_NAME = String.raw`(?:De|Het|'t)\s\p{Lu}[\p{L}'-]+`;
/** The same with the article in lower case ("ophalen van de Pinksterbloem"), where the words around say school. */
const ANY_ARTICLE_NAME = String.raw`(?:[Dd]e|[Hh]et|'t)\s(?!\p{Lu}{2,}\b)\p{Lu}[\p{L}'-]+`;
const TYPE = String.raw`(?:[Vv]akcollege|[Ss]cholengemeenschap|[Ss]cholengroep|[Bb]rede\s[Ss]chool|[Kk]inderopvang|[Kk]inderdagverblijf|[Pp]euterspeelzaal|BSO|bso|[Bb]asisschool|[Kk]indcentrum|[Jj]enaplanschool|[Mm]ontessorischool|[Dd]altonschool|[Vv]rije\s?[Ss]chool|[Ii]nternationale\s[Ss]chool|[Ii]ntegraal [Kk]indcentrum)`;
/** Words after "de"/"het" that are not a school's name: "volgens het cbs de afgelopen jaren". */
const COMMON_AFTER_ARTICLE = 'afgelopen|hele|laatste|eerste|komende|volgende|vorige|nieuwe|grote|kleine|meeste|beste|andere|zelfde|jaren|week|dag|avond|nacht|cijfers|gemeente|rest';
/** Abbreviations that are also other things (OBS Studio, CBS the statistics office): only with a school's article name. */
const ABBREVIATION = String.raw`(?:(?:OBS|CBS|PCBS|PCB|RKBS|RKB|KBS|IKC|KC|SBO|SO|ISK|VSO|BuSO|BuBaO|MAVO|Mavo|VMBO|Vmbo|VBS|GBS|BS)\s(?:${ANY_ARTICLE_NAME}|(?:Sint|St\.?)(?:\s|-)\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{L}'-]+)?|(?:RSG|CSG|OSG|IBS)\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?|(?:OBS|PCBS?|RKBS|KBS|KC|IKC)\s(?!Studio\b)\p{Lu}\p{Ll}{3,}|(?:MAVO|Mavo|VMBO|Vmbo|HAVO|Havo)\s(?!(?:Examen|Diploma|Opleiding|School|Niveau)\b)\p{Lu}\p{Ll}{3,}|(?:obs|cbs|pcbs|rkbs|kbs|ikc|vmbo|mavo|havo|bs\.?)\s(?:[Dd]e|[Hh]et|'t)\s(?!(?:${COMMON_AFTER_ARTICLE})\b)\p{L}{3,}(?:\s\p{Lu}[\p{L}'-]+)?)`;
const NAMED_TYPE = String.raw`(?:${TYPE}\s${NAME}|${ABBREVIATION})`;
/** "het Bonhoeffer College", "de Johan de Witt Scholengroep": a name before the school word (not just "Het College van …"). */
const NAME_WORD = String.raw`(?!(?:Het|De|Een)\s)\p{Lu}[\p{L}-]+\s(?:(?:van\s(?:der|den)|de|der|den|ter|van)\s)?`;
const COLLEGE = String.raw`(?:${NAME_WORD}){1,3}(?:College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap|Scholengroep)(?:\s\p{Lu}[\p{L}-]+){0,2}`;
const SAINT = String.raw`Sint-\p{Lu}\p{Ll}+(?:school|instituut)`;
/** Compounds that name a kind of school, not one school. */
const GENERIC = 'Old|Honden|Dieren|Puppy|Surf|Autorij|Motorrij|Kite|Zeil|Basis|Avond|Kweek|Hoge|Rij|Dans|Muziek|Zwem|Taal|Brede|Vak|Kunst|Voetbal|Zomer|Zondag|Vaar|Ski|Montessori|Dalton|Jenaplan|Middelbare|Lagere|Kleuter|Bijles|Huiswerk|Sport|Toneel|Teken|Kook|Auto|Hockey|Tennis|Golf|Paarden|Vlieg|Bijbel|Nieuwe|Oude|Openbare|Christelijke|Katholieke|Islamitische|Particuliere|Speciale|Internationale';
/** A name made into a school word ("Prinses Julianaschool", "Da Costaschool", "Pieter Zeeman school"); not a kind of school. */
const TITLE = String.raw`(?:Prinses|Prins|Koningin|Koning|Sint|St\.|Dr\.|Ds\.|Mr\.|Pater|Meester|\p{Lu}\p{Ll}+)\s`;
const NAMED_SCHOOL = String.raw`(?:${TITLE}){0,2}(?!(?:${GENERIC})school|\p{Lu}\p{Ll}*hogeschool)\p{Lu}\p{Ll}+school|(?:${TITLE}){1,2}\p{Lu}\p{Ll}+\sschool`;
/** "het Gymnasium Haganum": the school word first, then its name. */
const WORD_FIRST = String.raw`(?<=[Hh]et\s)(?:Gymnasium|Lyceum|College|Atheneum)\s\p{Lu}\p{Ll}+`;
/** Flemish schools of the GO! network: "GO! atheneum Brugge", "GO! basisschool De Vlieger". */
const GO = String.raw`(?:GO|go)!\s\p{L}*?(?:[Aa]theneum|[Bb]asisschool|[Ss]chool|[Ll]yceum|[Cc]ollege)\s(?:(?:De|Het|'t|de|het)\s)?\p{L}[\p{L}-]{2,}`;
const SCHOOL = String.raw`(?:${NAMED_TYPE}|${COLLEGE}|${SAINT}|${NAMED_SCHOOL}|${GO})`;
/** A class: "groep 5", "groep 1/2", "groep 6b", "de brugklas", "havo 4", "klas 2b". */
const CLASS = String.raw`(?:[Gg]roep\s[1-8](?:[\/-][1-8])?[a-cA-C]?|[Bb]rugklas|[Kk]leuterklas|[Kk]leutergroep|[Kk]las\s[1-6][a-z]?|(?:havo|vwo|vmbo|mavo)\s[1-6]|(?:eerste|tweede|derde|vierde|vijfde|zesde|[1-6]e|[1-6]de)\s(?:leerjaar|kleuterklas|middelbaar))`;

const CLASS_PEOPLE = String.raw`(?:\s(?:ouders|kinderen|leerlingen|juf|meester))?`;
/**
 * A class just before a school the other patterns name ("groep 5 van Basisschool De Regenboog", "klas 2 in het
 * Stedelijk Gymnasium"): the class joins that school's span. (Holding every school pattern inside a class
 * pattern again would compile to half a megabyte of code.)
 */
const CLASS_BEFORE = latin(String.raw`\b${CLASS}${CLASS_PEOPLE}\s(?:van|op|bij|uit|in)\s(?:(?:de|het)\s)?`, 'g');

/** Words after "de" in "groep 5 van de …" that are not a school's name. */
const NOT_A_NAME = 'school|basisschool|juf|juffrouw|meester|kinderen|klas|week|dag|ouders|leerlingen|buurt|wijk|vakantie|musical|les|gym|groep|zomer|winter|kerst|opleiding|cursus|zwemles|middelbare|training|club|vereniging|voetbal|hockey|kamp|bso|opvang';
/** Family names with "De": "ophalen van De Jong" is a person. */
const SURNAME = String.raw`[Dd]e\s(?:Jong|Jonge|Vries|Boer|Groot|Bruijn|Bruin|Wit|Graaf|Haan|Lange|Koning|Leeuw|Vos|Ruiter|Kok|Heer|Visser|Wilde|Klerk|Rooij|Beer|Waal|Winter|Kort|Ridder|Man|Smet|Clercq)\b`;
/** Places, firms and universities with an article name, where a child may sit or be taken: not schools. */
const NOT_A_SCHOOL = String.raw`(?:(?:[Dd]e|[Hh]et|'t)\s)?(?:\p{Lu}\p{Ll}*(?:station|plein|park|strand|markt|haven|kade|bad|bos|hof|straat|weg|laan|singel|gracht|dreef|dijk|steeg|pad|wal|boulevard)\b|\p{Lu}\p{Ll}*[Aa]cademie\b|(?:Politie\p{Ll}*|KMar|Marechaussee|Veluwe|Ardennen|Efteling|Telegraaf|Volkskrant|Parool|Rijksmuseum|Concertgebouw|Kuip|Arena|Centraal|Bank|Universiteit|Hogeschool|Uv[AT]|VU|TU|HAN|HvA|HU|UU|RUG|WUR|Fontys|Avans|Saxion|Windesheim|Inholland)\b|(?:\p{Lu}[\p{L}-]+\s){1,3}te\s\p{Ll}+en\b)`;
/** What only happens at a school (or getting a child there): then a bare article name there is the school's. */
const SCHOOL_LIFE = /schoolhond|open\sdag|luizen|ouderavond|gymtas|sinterklaasfeest|uitgaan|zet\s\w+\saf|afzetten|meenemen\snaar|juf\b|meester\b|kleuters?\b|leerlingen|minutengesprek|doorstroomtoets|eindtoets|kanjertraining|concierge|brugklasser|avondvierdaagse|musical|kerstmarkt|schoolreis|overblijf|sportdag|schooldag|schooltijden|\bgym|\bklas\b|leerkracht|oudergesprek|voorleeswedstrijd|mr-lid|medezeggenschap|\bMR\b|voorjaarsvakantie|herfstvakantie|krokusvakantie|meivakantie|studiedag/i;
/** A child in the sentence: then "ophalen van De Bongerd" is a school, not a family name. */
const CHILD_AROUND = /zoon|dochter|kind|kids|kleine|kleuter|jongste|oudste|tweeling|neef|nicht/i;
/** An English name: "the British School of Amsterdam" (not "High School Musical"). */
const ENGLISH = String.raw`(?<!\b(?:[Dd]e|[Hh]et|[Rr]estaurant|[Cc]af[eé]|[Hh]otel)\s)(?:(?!(?:High|Summer|Sunday|Business|Law|Medical|Film|Art|Old|Driving|Dance|Oude|Nieuwe|Vrije|Lagere|Grote|Kleine|De|Het|Een|Restaurant|Caf[eé]|Hotel|Bar)\b|\p{Lu}\p{Ll}+se\s)\p{Lu}\p{Ll}+\s){1,3}School(?:\s(?:of|in)\s(?:the\s)?\p{Lu}\p{Ll}+)?`;

/** A school or a child in the window: then a name many schools share is one ("De Sprankel speelt om 10.15", "basisscholen"). */
const SCHOOL_OR_CHILD = new RegExp(`${SCHOOL_LIFE.source}|${CHILD_AROUND.source}|school|scholen|leerling|kleintjes|\\bgroep\\s[1-8]`, 'i');
/** Places with a name many schools share ("zorgcentrum De Horizon", "Dierenopvang De Ark"), and an outing to one ("met de kinderen naar De Ark"). */
const NOT_THE_SCHOOL = String.raw`(?<!\b(?:[Zz]orgcentrum|[Vv]erpleeghuis|[Dd]ierenopvang|[Bb]loemist|[Kk]erk|[Rr]estaurant|[Cc]af[eé]|[Bb]uurthuis|[Ww]ijkcentrum|[Cc]amping|[Hh]otel|[Jj]achthaven|[Zz]wembad|[Ss]porthal|[Tt]heater|[Mm]et\s(?:de\s)?(?:kinderen|kids|kleinkinderen)\snaar)\s)`;
const COMMON_NAME = COMMON_SCHOOL_NAMES.join('|');

/** What the lower-case names need: a kind of school written small. */
const LOWER_CUE = /(?:school|kindcentrum|kinderopvang|kinderdagverblijf|peuterspeelzaal|bso|montessori|obs|cbs|pcbs|rkbs|kbs|ikc|rsg|csg|osg|college|lyceum|gymnasium|atheneum)\b/;

/** Each pattern with the capture group that is the school, when only part of the match is. */
/** `opens`: the match must open the text, a line or a sentence (read in the whole text, not the window). */
const PATTERNS: readonly { re: RegExp; group?: number; needs?: RegExp; opens?: boolean }[] = [
  { re: latin(String.raw`\b(?:(?:[Hh]et|[Dd]e)\s)?(?:${NAMED_TYPE}|${SAINT}|${NAMED_SCHOOL})(?![\p{L}\p{N}])|\bSint-\p{Lu}\p{Ll}+(?:gymnasium|college|lyceum)(?![\p{L}\p{N}])|${GO}`, 'g') },
  // one word with the school word in it: "het Sint-Janslyceum", "het Stanislascollege"
  { re: latin(String.raw`(?<=\b[Hh]et\s)\p{Lu}[\p{L}-]*(?:\s(?:(?:de|van|der|den|ter)\s)?\p{Lu}[\p{L}-]*){0,2}(?:[Ll]yceum|[Cc]ollege|[Gg]ymnasium|[Aa]theneum)(?![\p{L}\p{N}])`, 'g'), needs: /[Ll]yceum|[Cc]ollege|[Gg]ymnasium|[Aa]theneum/ },
  { re: latin(String.raw`\b${WORD_FIRST}(?![\p{L}\p{N}])`, 'g'), needs: /Gymnasium|Lyceum|College|Atheneum/ },
  // a name before the school word: looked for only where the school word is
  { re: latin(String.raw`\b(?:(?:[Hh]et|[Dd]e)\s)?${COLLEGE}(?![\p{L}\p{N}])`, 'g'), needs: /College|Lyceum|Gymnasium|Atheneum|Scholen/ },
  // A class at a school known by its name only ("groep 5 van De Regenboog", "brugklas van het Revius"); before a named school, see CLASS_BEFORE.
  { re: latin(String.raw`\b${CLASS}${CLASS_PEOPLE}\s(?:(?:van|op|bij|uit)\s(?:(?:de|het)\s)?(?:${ARTICLE_NAME}|\p{Lu}\p{Ll}+)|(?=(?:De|Het|'t)\s\p{Lu})${ARTICLE_NAME})(?![\p{L}\p{N}])`, 'g') },
  // The teacher's school ("juf Marieke van De Fonkelsteen") and the school a child is taken to ("naar De Fonkelsteen gebracht").
  { re: latin(String.raw`(?:[Jj]uf|[Mm]eester)\s\p{Lu}\p{Ll}+\s(?:van|op)\s(${ANY_ARTICLE_NAME})(?![\p{L}\p{N}])`, 'dg'), group: 1 },
  { re: latin(String.raw`\bnaar\s(${ARTICLE_NAME})\s(?:gebracht|brengen|opgehaald|ophalen)\b`, 'dg'), group: 1 },
  // "mijn zoon Stijn van De Vuurvogel ophalen"
  { re: latin(String.raw`\bvan\s(?!${SURNAME}|${NOT_A_SCHOOL})(${ARTICLE_NAME})\s(?:ophalen|halen|afhalen|opgehaald)\b`, 'dg'), group: 1, needs: CHILD_AROUND },
  // the class at a school written in lower case: "groep 1/2 van de regenboog"
  { re: latin(String.raw`\b${CLASS}\s(?:van|op)\s(?:de|het)\s(?!(?:${NOT_A_NAME})\b|\p{Ll}*(?:club|vereniging|team|opleiding|cursus)\b)\p{Ll}{4,}(?![\p{L}\p{N}])`, 'g') },
  // a school's kind and its name all in lower case: "basisschool de vlinder", "het alfrink college", "rsg broklede"
  { re: latin(String.raw`\b(?:basisschool|kindcentrum|kinderopvang|kinderdagverblijf|peuterspeelzaal|bso|montessori(?:school)?|daltonschool|jenaplanschool|obs|cbs|pcbs|rkbs|kbs|ikc)\s(?:de|het|'t)\s(?!(?:${COMMON_AFTER_ARTICLE}|${NOT_A_NAME})\b)\p{Ll}{3,}(?![\p{L}\p{N}])|\b(?:rsg|csg|osg)\s\p{Ll}{4,}(?![\p{L}\p{N}])|(?<=\bhet\s)(?!(?:${COMMON_AFTER_ARTICLE})\b)\p{Ll}{4,}(?:\s\p{Ll}{4,})?\s(?:college|lyceum|gymnasium|atheneum)(?![\p{L}\p{N}])`, 'g'), needs: LOWER_CUE },
  // a school's hashtag: "#MeerwijkCollege"
  { re: latin(String.raw`#\p{Lu}\p{Ll}+(?:College|Lyceum|Gymnasium|School|Basisschool)\b|#(?:obs|cbs|pcb|kbs|ikc|basisschool)\p{Ll}{4,}|#(?:OBS|CBS|PCB|KBS|IKC|Obs|Cbs)(?:De|Het)?\p{Lu}\p{Ll}{3,}`, 'g'), needs: /#/ },
  { re: latin(String.raw`\b(?:Dalton|Montessori|Jenaplan)(?:school)?\s(?:(?:Den|De|Het)\s)?\p{Lu}\p{Ll}+(?![\p{L}\p{N}])`, 'g'), needs: /Dalton|Montessori|Jenaplan/ },
  { re: latin(String.raw`\b${ENGLISH}(?![\p{L}\p{N}])`, 'g'), needs: /School/ },
  { re: latin(String.raw`\b(?:${ARTICLE_NAME}|(?!(?:The|A|An|My|Our|Your|His|Her|Their|This|That|Local|Dutch|English|Public|Private)\b)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s[Pp]rimary(?:\s[Ss]chool)?(?![\p{L}\p{N}])`, 'g'), needs: /[Pp]rimary/ },
  { re: latin(String.raw`\bROC\s(?:van\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}`, 'g'), needs: CHILD_AROUND },
  // a child "zit op" a school known by its name: "mijn dochter zit op De Fonkelsteen", "zit in de brugklas op het Corderius"
  { re: latin(String.raw`\b(?:zit|zitten|zat|begint|begon|begonnen)\s(?:(?:nu|al|sinds\s(?:(?:deze|vorige|afgelopen)\s)?\p{L}+|straks|nog|ook|daar|allebei|samen|inmiddels|in\sde\sbrugklas)\s){0,2}op\s(?:het\s(?=\p{Lu}))?(?!${NOT_A_SCHOOL})((?:(?<=op\s)${ANY_ARTICLE_NAME}|(?<=het\s)\p{Lu}\p{Ll}{3,})(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`, 'dg'), group: 1, needs: CHILD_AROUND },
  // "heeft kinderen op Het Baken", "als je kind op het Barlaeus zit", "de kids van De Kameleon"
  { re: latin(String.raw`\b(?<!\b[Mm]et\s(?:de\s)?)(?:kind|kinderen|kids|zoon|zoontje|dochter|dochtertje|kleinzoon|kleindochter|neefje|nichtje)\s(?:\p{Ll}+\s){0,2}?(?:op|van|naar)\s(?:het\s(?=\p{Lu}))?(?!${SURNAME}|${NOT_A_SCHOOL})((?<=(?:op|van)\s)${ANY_ARTICLE_NAME}|(?<=naar\s)${ARTICLE_NAME}|(?<=het\s)\p{Lu}\p{Ll}{3,}(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`, 'dg'), group: 1 },
  // a school's bare name where children are: "gym op De Vlinderboom", "zoontje ophalen van De Bongerd"
  { re: latin(String.raw`\b(?:gym|kerstmarkt|musical|spreekbeurt|ophalen|halen|brengen|gebracht|opgehaald|afzetten|afgezet|overgestapt|gewisseld)\s(?:op|van|bij|naar|uit)\s(?!${SURNAME}|${NOT_A_SCHOOL})(${ANY_ARTICLE_NAME})(?![\p{L}\p{N}])`, 'dg'), group: 1, needs: CHILD_AROUND },
  // a school's bare name in a sentence about school life: "open dag op Het Baken", "ik zet hem af bij De Pijler"
  { re: latin(String.raw`\b(?:op|bij|naar|van)\s(?:het\s(?=\p{Lu}\p{Ll}{3}))?(?!${SURNAME}|${NOT_A_SCHOOL})((?<=(?:op|bij|naar|van)\s)${ANY_ARTICLE_NAME}|(?<=het\s)\p{Lu}\p{Ll}{3,}(?:\s(?:van\s)?\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}])`, 'dg'), group: 1, needs: SCHOOL_LIFE },
  // a school's bare name opening a sentence about school life: "'t Zonnehuis zoekt een leerkracht voor groep 1-2"
  { re: latin(String.raw`(?<![\p{L}\p{N},;]\s?)(?!${SURNAME}|${NOT_A_SCHOOL})(${ARTICLE_NAME})\s(?:zoekt|heeft|doet|organiseert|speelt|krijgt|wint|viert|houdt)\b`, 'dg'), group: 1, needs: SCHOOL_LIFE, opens: true },
  // what only a school has: "schoolfeest bij De Fontein", "de ouderraad van De Zonnebloem", "Het Kompas in Wijchen als school"
  { re: latin(String.raw`\b(?:[Oo]uderavond|[Oo]uderraad|[Ll]uizencontrole|[Pp]leinfeest|[Ss]chool(?:feest|plein|reisje|kamp|foto'?s|shirt|tas|tijden)|[Oo]verblijf\p{Ll}*)\s(?:op|van|bij|naar|uit)\s(?!${SURNAME}|${NOT_A_SCHOOL})(${ANY_ARTICLE_NAME})(?![\p{L}\p{N}])`, 'dg'), group: 1 },
  { re: latin(String.raw`(?<![\p{L}\p{N}])(?!${NOT_A_SCHOOL})(${ARTICLE_NAME}(?:\sin\s\p{Lu}\p{Ll}+)?)\sals\sschool\b`, 'dg'), group: 1, needs: /als\sschool/ },
  // a name many schools share, with its capital: "luizen op De Regenboog", "'t Palet"
  { re: latin(String.raw`(?<![\p{L}\p{N}])${NOT_THE_SCHOOL}(?:[Dd]e|[Hh]et|'t)\s(?:${COMMON_NAME})(?![\p{L}\p{N}-])`, 'g'), needs: SCHOOL_OR_CHILD },
  // a secondary school known by its name alone: "op het Erasmiaans"
  { re: latin(String.raw`(?<=\b[Hh]et\s)(?:${SECONDARY_NAME})(?![\p{L}\p{N}])`, 'g') },
  // a second school in a list with a named one: "twijfel tussen het Corderius College en Het Element"
  { re: latin(String.raw`${SCHOOL}(?:,\s|\s(?:en|of)\s)(?!${SURNAME}|${NOT_A_SCHOOL})(${ARTICLE_NAME})(?![\p{L}\p{N}])`, 'dg'), group: 1, needs: /(?:,|\sen|\sof)\s(?:De|Het|'t)\s\p{Lu}/u },
];

// the school words it looks around are in anchors.ts

export const school: Recognizer = (n) => {
  const spans: Span[] = [];
  const text = unshouted(n, true);
  const wins = windows(text, anchorsOf(n)[SCHOOL_ANCHORS]!, 60, 60, true);
  const parts = partsOf(text, wins);
  // pattern by pattern over all windows: on a long text each regex's code stays hot
  for (const { re, group, needs, opens } of PATTERNS) {
    for (let w = 0; w < wins.length; w++) {
      const part = parts[w]!;
      const from = wins[w]![0];
      if (needs && !needs.test(part)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const [start, end] = group ? m.indices![group]! : [m.index, m.index + m[0].length];
        if (opens && !OPENS.test(text.slice(Math.max(0, from + start - 4), from + start))) continue;
        spans.push({ start: from + start, end: from + end, category: 'school' });
      }
    }
  }
  return [...spans, ...classesBefore(text, wins, parts, spans)];
};

const ARTICLE_AT_END = /(?:de|het)\s$/;
/** Before a match that `opens`: the text's start, a line, or a sentence's end. */
const OPENS = /(?:^|[.!?:\n]\s{0,3})$/;

/** The classes just before a school found (CLASS_BEFORE), each as one span with that school. */
function classesBefore(text: string, wins: readonly (readonly [number, number])[], parts: string[], schools: Span[]): Span[] {
  if (!schools.length) return [];
  const endAt = new Map<number, number>();
  for (const s of schools) endAt.set(s.start, Math.max(endAt.get(s.start) ?? 0, s.end));
  const out: Span[] = [];
  for (const [from, end] of matchesIn(text, wins, [CLASS_BEFORE], parts)) {
    // the school's span may hold its article ("het Stedelijk …") or start after it
    const article = ARTICLE_AT_END.exec(text.slice(from, end))?.[0].length ?? 0;
    const to = endAt.get(end) ?? endAt.get(end - article);
    if (to !== undefined) out.push({ start: from, end: to, category: 'school' });
  }
  return out;
}
