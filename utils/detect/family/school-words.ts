import { latin } from '../text/latin';
import { COMMON_SCHOOL_NAMES } from './school-names';

// The words a school's name is made of, and what is around one (family/school.ts builds its patterns from them).

const NAME = String.raw`(?:(?:De|Het|Den|'t)\s)?\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2}`;
/** A school known by its article name only ("De Fonkelsteen", "'t Palet"). */
export const ARTICLE_NAME = String.raw`(?:De|Het|'t)\s\p{Lu}[\p{L}'-]+`;
/** The same with the article in lower case ("ophalen van de Pinksterbloem"), where the words around say school. */
export const ANY_ARTICLE_NAME = String.raw`(?:[Dd]e|[Hh]et|'t)\s(?!\p{Lu}{2,}\b)\p{Lu}[\p{L}'-]+`;
const TYPE = String.raw`(?:[Vv]akcollege|[Ss]cholengemeenschap|[Ss]cholengroep|[Bb]rede\s[Ss]chool|[Kk]inderopvang|[Kk]inderdagverblijf|[Pp]euterspeelzaal|BSO|bso|[Bb]asisschool|[Kk]indcentrum|[Jj]enaplanschool|[Mm]ontessorischool|[Dd]altonschool|[Vv]rije\s?[Ss]chool|[Ii]nternationale\s[Ss]chool|[Ii]ntegraal [Kk]indcentrum)`;
/** Words after "de"/"het" that are not a school's name: "volgens het cbs de afgelopen jaren". */
export const COMMON_AFTER_ARTICLE = 'afgelopen|hele|laatste|eerste|komende|volgende|vorige|nieuwe|grote|kleine|meeste|beste|andere|zelfde|jaren|week|dag|avond|nacht|cijfers|gemeente|rest';
/** Abbreviations that are also other things (OBS Studio, CBS the statistics office): only with a school's article name. */
const ABBREVIATION = String.raw`(?:(?:OBS|CBS|PCBS|PCB|RKBS|RKB|KBS|IKC|KC|SBO|SO|ISK|VSO|BuSO|BuBaO|MAVO|Mavo|VMBO|Vmbo|VBS|GBS|BS)\s(?:${ANY_ARTICLE_NAME}|(?:Sint|St\.?)(?:\s|-)\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{L}'-]+)?|(?:RSG|CSG|OSG|IBS)\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?|(?:OBS|PCBS?|RKBS|KBS|KC|IKC)\s(?!Studio\b)\p{Lu}\p{Ll}{3,}|(?:MAVO|Mavo|VMBO|Vmbo|HAVO|Havo)\s(?!(?:Examen|Diploma|Opleiding|School|Niveau)\b)\p{Lu}\p{Ll}{3,}|(?:obs|cbs|pcbs|rkbs|kbs|ikc|vmbo|mavo|havo|bs\.?)\s(?:[Dd]e|[Hh]et|'t)\s(?!(?:${COMMON_AFTER_ARTICLE})\b)\p{L}{3,}(?:\s\p{Lu}[\p{L}'-]+)?)`;
export const NAMED_TYPE = String.raw`(?:${TYPE}\s${NAME}|${ABBREVIATION})`;
/** "het Bonhoeffer College", "de Johan de Witt Scholengroep": a name before the school word (not just "Het College van …"). */
const NAME_WORD = String.raw`(?!(?:Het|De|Een)\s)\p{Lu}[\p{L}-]+\s(?:(?:van\s(?:der|den)|de|der|den|ter|van)\s)?`;
export const COLLEGE = String.raw`(?:${NAME_WORD}){1,3}(?:College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap|Scholengroep)(?:\s\p{Lu}[\p{L}-]+){0,2}`;
export const SAINT = String.raw`Sint-\p{Lu}\p{Ll}+(?:school|instituut)`;
/** Compounds that name a kind of school, not one school. */
const GENERIC = 'Old|Honden|Dieren|Puppy|Surf|Autorij|Motorrij|Kite|Zeil|Basis|Avond|Kweek|Hoge|Rij|Dans|Muziek|Zwem|Taal|Brede|Vak|Kunst|Voetbal|Zomer|Zondag|Vaar|Ski|Montessori|Dalton|Jenaplan|Middelbare|Lagere|Kleuter|Bijles|Huiswerk|Sport|Toneel|Teken|Kook|Auto|Hockey|Tennis|Golf|Paarden|Vlieg|Bijbel|Nieuwe|Oude|Openbare|Christelijke|Katholieke|Islamitische|Particuliere|Speciale|Internationale';
/** A name made into a school word ("Prinses Julianaschool", "Da Costaschool", "Pieter Zeeman school"); not a kind of school. */
const TITLE = String.raw`(?:Prinses|Prins|Koningin|Koning|Sint|St\.|Dr\.|Ds\.|Mr\.|Pater|Meester|\p{Lu}\p{Ll}+)\s`;
export const NAMED_SCHOOL = String.raw`(?:${TITLE}){0,2}(?!(?:${GENERIC})school|\p{Lu}\p{Ll}*hogeschool)\p{Lu}\p{Ll}+school|(?:${TITLE}){1,2}\p{Lu}\p{Ll}+\sschool`;
/** "het Gymnasium Haganum": the school word first, then its name. */
export const WORD_FIRST = String.raw`(?<=[Hh]et\s)(?:Gymnasium|Lyceum|College|Atheneum)\s\p{Lu}\p{Ll}+`;
/** Flemish schools of the GO! network: "GO! atheneum Brugge", "GO! basisschool De Vlieger". */
export const GO = String.raw`(?:GO|go)!\s\p{L}*?(?:[Aa]theneum|[Bb]asisschool|[Ss]chool|[Ll]yceum|[Cc]ollege)\s(?:(?:De|Het|'t|de|het)\s)?\p{L}[\p{L}-]{2,}`;
export const SCHOOL = String.raw`(?:${NAMED_TYPE}|${COLLEGE}|${SAINT}|${NAMED_SCHOOL}|${GO})`;
/** A class: "groep 5", "groep 1/2", "groep 6b", "de brugklas", "havo 4", "klas 2b". */
export const CLASS = String.raw`(?:[Gg]roep\s[1-8](?:[\/-][1-8])?[a-cA-C]?|[Bb]rugklas|[Kk]leuterklas|[Kk]leutergroep|[Kk]las\s[1-6][a-z]?|(?:havo|vwo|vmbo|mavo)\s[1-6]|(?:eerste|tweede|derde|vierde|vijfde|zesde|[1-6]e|[1-6]de)\s(?:leerjaar|kleuterklas|middelbaar))`;

export const CLASS_PEOPLE = String.raw`(?:\s(?:ouders|kinderen|leerlingen|juf|meester))?`;
/**
 * A class just before a school the other patterns name ("groep 5 van Basisschool De Regenboog", "klas 2 in het
 * Stedelijk Gymnasium"): the class joins that school's span. (Holding every school pattern inside a class
 * pattern again would compile to half a megabyte of code.)
 */
export const CLASS_BEFORE = latin(String.raw`\b${CLASS}${CLASS_PEOPLE}\s(?:van|op|bij|uit|in)\s(?:(?:de|het)\s)?`, 'g');

/** Words after "de" in "groep 5 van de …" that are not a school's name. */
export const NOT_A_NAME = 'school|basisschool|juf|juffrouw|meester|kinderen|klas|week|dag|ouders|leerlingen|buurt|wijk|vakantie|musical|les|gym|groep|zomer|winter|kerst|opleiding|cursus|zwemles|middelbare|training|club|vereniging|voetbal|hockey|kamp|bso|opvang';
/** Family names with "De": "ophalen van De Jong" is a person. */
export const SURNAME = String.raw`[Dd]e\s(?:Jong|Jonge|Vries|Boer|Groot|Bruijn|Bruin|Wit|Graaf|Haan|Lange|Koning|Leeuw|Vos|Ruiter|Kok|Heer|Visser|Wilde|Klerk|Rooij|Beer|Waal|Winter|Kort|Ridder|Man|Smet|Clercq)\b`;
/** Places, firms and universities with an article name, where a child may sit or be taken: not schools. */
export const NOT_A_SCHOOL = String.raw`(?:(?:[Dd]e|[Hh]et|'t)\s)?(?:\p{Lu}\p{Ll}*(?:station|plein|park|strand|markt|haven|kade|bad|bos|hof|straat|weg|laan|singel|gracht|dreef|dijk|steeg|pad|wal|boulevard)\b|\p{Lu}\p{Ll}*[Aa]cademie\b|(?:Politie\p{Ll}*|KMar|Marechaussee|Veluwe|Ardennen|Efteling|Telegraaf|Volkskrant|Parool|Rijksmuseum|Concertgebouw|Kuip|Arena|Centraal|Bank|Universiteit|Hogeschool|Uv[AT]|VU|TU|HAN|HvA|HU|UU|RUG|WUR|Fontys|Avans|Saxion|Windesheim|Inholland)\b|(?:\p{Lu}[\p{L}-]+\s){1,3}te\s\p{Ll}+en\b)`;
/** What only happens at a school (or getting a child there): then a bare article name there is the school's. */
export const SCHOOL_LIFE = /schoolhond|open\sdag|luizen|ouderavond|gymtas|sinterklaasfeest|uitgaan|zet\s\w+\saf|afzetten|meenemen\snaar|juf\b|meester\b|kleuters?\b|leerlingen|minutengesprek|doorstroomtoets|eindtoets|kanjertraining|concierge|brugklasser|avondvierdaagse|musical|kerstmarkt|schoolreis|overblijf|sportdag|schooldag|schooltijden|\bgym|\bklas\b|leerkracht|oudergesprek|voorleeswedstrijd|mr-lid|medezeggenschap|\bMR\b|voorjaarsvakantie|herfstvakantie|krokusvakantie|meivakantie|studiedag/i;
/** A child in the sentence: then "ophalen van De Bongerd" is a school, not a family name. */
export const CHILD_AROUND = /zoon|dochter|kind|kids|kleine|kleuter|jongste|oudste|tweeling|neef|nicht/i;
/** An English name: "the British School of Amsterdam" (not "High School Musical"). */
export const ENGLISH = String.raw`(?<!\b(?:[Dd]e|[Hh]et|[Rr]estaurant|[Cc]af[eé]|[Hh]otel)\s)(?:(?!(?:High|Summer|Sunday|Business|Law|Medical|Film|Art|Old|Driving|Dance|Oude|Nieuwe|Vrije|Lagere|Grote|Kleine|De|Het|Een|Restaurant|Caf[eé]|Hotel|Bar)\b|\p{Lu}\p{Ll}+se\s)\p{Lu}\p{Ll}+\s){1,3}School(?:\s(?:of|in)\s(?:the\s)?\p{Lu}\p{Ll}+)?`;

/** A school or a child in the window: then a name many schools share is one ("De Sprankel speelt om 10.15", "basisscholen"). */
export const SCHOOL_OR_CHILD = new RegExp(`${SCHOOL_LIFE.source}|${CHILD_AROUND.source}|school|scholen|leerling|kleintjes|\\bgroep\\s[1-8]`, 'i');
/** Places with a name many schools share ("zorgcentrum De Horizon", "Dierenopvang De Ark"), and an outing to one ("met de kinderen naar De Ark"). */
export const NOT_THE_SCHOOL = String.raw`(?<!\b(?:[Zz]orgcentrum|[Vv]erpleeghuis|[Dd]ierenopvang|[Bb]loemist|[Kk]erk|[Rr]estaurant|[Cc]af[eé]|[Bb]uurthuis|[Ww]ijkcentrum|[Cc]amping|[Hh]otel|[Jj]achthaven|[Zz]wembad|[Ss]porthal|[Tt]heater|[Mm]et\s(?:de\s)?(?:kinderen|kids|kleinkinderen)\snaar)\s)`;
export const COMMON_NAME = COMMON_SCHOOL_NAMES.join('|');

/** What the lower-case names need: a kind of school written small. */
export const LOWER_CUE = /(?:school|kindcentrum|kinderopvang|kinderdagverblijf|peuterspeelzaal|bso|montessori|obs|cbs|pcbs|rkbs|kbs|ikc|rsg|csg|osg|college|lyceum|gymnasium|atheneum)\b/;
