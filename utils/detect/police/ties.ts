/**
 * The ties of police/clause.ts: in one clause, the writer ("ik", "mijn", "wij") or a named person
 * bound to a word only police staff use of themselves, by membership ("bij de noodhulp"), a role
 * ("ben hulpofficier") or possession ("ons ME-peloton"); or a profile line, a sentence led by a
 * role or a time, police idiom. Each tie names the words (lower case) of which the clause must
 * hold one for its regex to run at all.
 */

import { latin } from '../text/latin';
import { GAP, MINE, NUMBER, OWN, RELATIVE, ROLE, ROLE_GAP, STRONG_ROLE, TEAM, UNIT, WRITER } from './words';

export interface Tie {
  re: RegExp;
  /**
   * writer: needs the writer in the clause and is read with what comes before it; profile: stands
   * alone; free: read by itself; jargon: read like a writer's, in a clause that must not start with another subject.
   */
  kind: 'writer' | 'profile' | 'free' | 'jargon';
  /** The regex runs only in a clause with one of these words (none: always). */
  words?: readonly string[];
  /** What the clause must also hold, tested once the regex matched. */
  context?: RegExp;
  /** What the text just before the clause must hold ("Mijn vrouw … Zij werkt bij de ME"). */
  earlier?: RegExp;
  /** A free tie whose own words would block it ("als jullie wijkagent"). */
  unblocked?: true;
}

/** A word that starts a new clause, with a subject of its own, or a comparison ("in hetzelfde gebouw als de politie"). */
const NEW_CLAUSE = String.raw`(?:toen|terwijl|omdat|nadat|zodat|waar|maar|want|dus|en|of|als|dan)\b`;

/** Ties that need the writer in the clause. */
const WRITER_TIES: readonly Tie[] = [
  // "ik draai diensten bij het cameratoezicht van de politie", "we gaan met de ME"
  // (not across a new clause: "Ik stond bij de demonstratie toen de ME …"), "Ik zit bij het PDC, afdeling ICT van de politie"
  { kind: 'writer', words: ['bij', 'op', 'in', 'voor', 'by'], re: latin(String.raw`\b${WRITER}\b${GAP}\s(?:bij|op|in|voor|by|@)\s(?:de\s|het\s|t\s|'t\s)?(?:(?:(?!${NEW_CLAUSE})\p{L}+\s){0,4}?|\p{L}+,\s(?:afdeling|dienst|sectie|team)\s\p{L}+\s(?:van|bij)\s(?:de\s)?)${UNIT}\b`, 'g') },
  // "ik ben hulpofficier van justitie", "ik was twaalf jaar inspecteur", "ik ben zelf ook van de politie"
  { kind: 'writer', words: ['ben', 'bin', 'was', 'werk', 'werkte', 'zijn', 'waren'], re: latin(String.raw`\b(?:[Ii]k|[Ii]ch|[Ww]ij|[Ww]e)\s(?:(?:ben|bin|was|werk\sals|werkte\sals|zijn|waren)${ROLE_GAP}\s(?:een\s)?${ROLE}|(?:ben|zijn|was|waren)\s(?:(?:zelf|ook|allebei|al|nog)\s){0,3}van\sde\s(?:politie|recherche|marechaussee|noodhulp|ME))\b`, 'g') },
  // "Ik ben 3 jaar geleden als zij-instromer agent geworden" (not "bijna")
  { kind: 'writer', words: ['geworden'], re: latin(String.raw`\b(?:[Ii]k\sben|[Ww]e\szijn|[Ww]ij\szijn)\s(?:(?!bijna\b)[^\s.!?,;:|]+\s){0,10}?${ROLE}\sgeworden\b`, 'g') },
  // "mag ik mezelf eindelijk wijkagent van Kanaleneiland noemen"
  { kind: 'writer', words: ['mezelf', 'mijzelf'], re: latin(String.raw`\b(?:mezelf|mijzelf)\s(?:\p{Ll}+\s){0,2}?(?:een\s)?${ROLE}\b`, 'g') },
  { kind: 'writer', words: ['zoals'], re: latin(String.raw`\b(?:een\s)?${ROLE}\szoals\s(?:ik|wij|mij)\b`, 'g') },
  // "m'n diensthond Rex", "ons ME-peloton", "mijn team bij de Regionale Eenheid"
  { kind: 'writer', words: ['mijn', 'mn', "m'n", 'ons', 'onze'], re: latin(String.raw`\b${MINE}\s(?:\p{L}+\s)?${OWN}`, 'g') },
  // "Wij van Team Verkeer Noord-Holland", "Collega's en ik van de verkeerspolitie"
  { kind: 'writer', words: ['van'], re: latin(String.raw`\b(?:[Ww]ij|[Ww]e|[Ii]k)\svan\s(?:de\s|het\s)?${UNIT}`, 'g') },
  // "ben ik overgestapt naar zeden", "naar de politie ben overgestapt"
  { kind: 'writer', words: ['overgestapt', 'overgeplaatst', 'gegaan', 'overstap'], re: latin(String.raw`\bnaar\s(?:de\s|het\s)?${UNIT}\s(?:\p{L}+\s){0,2}?(?:overgestapt|overgeplaatst|gegaan)\b|\b(?:overgestapt|overgeplaatst|overstap)\snaar\s(?:de\s|het\s)?${UNIT}\b`, 'g') },
  // "als ik dat uniform aantrek" (with the police in the clause)
  { kind: 'writer', words: ['uniform', 'politie-uniform', 'politieuniform'], context: /politie|agent|bureau|collega/, re: latin(/\b(?:ik|we|wij)\s(?:\p{L}+\s){0,2}(?:politie-?)?uniform\s(?:aantrek|aandoe|aanheb|draag)\b/gu) },
  // "In de 19 jaar dat ik agent ben": the verb last in a subordinate clause
  { kind: 'writer', words: ['dat'], re: latin(String.raw`\bdat\s(?:ik|we|wij)\s(?:\p{Ll}+\s){0,2}?${ROLE}\s(?:ben|was|zijn|waren|werd|werk)\b`, 'g') },
  // "Toen ik nog op de auto zat": on patrol in a police car (in jargon one sits "op" the car)
  { kind: 'writer', words: ['auto'], re: latin(String.raw`\b(?:[Ii]k|[Ww]e|[Ww]ij)\s(?:(?:nog|toen|al|vroeger|zelf|jaren|lang)\s){0,3}op\sde\sauto\s(?:zat|zit|zaten|zitten)\b|\b(?:[Zz]at|[Zz]it|[Zz]aten|[Zz]itten)\s(?:ik|we|wij)\s(?:(?:nog|toen|al|vroeger|zelf|jaren|lang)\s){0,3}op\sde\sauto\b`, 'g') },
  // "kijk mij nu, derde generatie in uniform bij de politie"
  { kind: 'writer', words: ['generatie'], re: latin(String.raw`\b(?:tweede|derde|vierde|vijfde)\sgeneratie\s(?:\p{L}+\s){0,3}?(?:bij|in)\s(?:de\s|het\s)?${UNIT}`, 'g') },
  // "vanaf nu surveilleer ik op twee wielen" (not a guard's or a municipal officer's round)
  { kind: 'writer', words: ['surveilleer', 'surveilleren', 'surveilleerde', 'surveilleerden', 'gesurveilleerd'], re: latin(String.raw`(?:\b(?:[Ii]k|[Ww]e|[Ww]ij)\s(?:\p{L}+\s){0,2}?surveille(?:er|ren|erde|erden)|\bsurveille(?:er|ren|erde)\s(?:ik|we|wij)|\b(?:heb|hebben)\s(?:ik|we|wij)\s(?:\p{L}+\s){0,3}gesurveilleerd)\b(?<![Bb]eveilig[^.!?\n]{0,100})(?![^.!?\n]{0,60}(?:[Bb]eveilig|[Bb]oa|BOA|[Hh]andhav|[Gg]emeente))`, 'g') },
  // "Bij ons op het bureau in Gouda": "het bureau" of one's own is the station
  { kind: 'writer', words: ['ons'], re: latin(/\b[Bb]ij\sons\sop\s(?:het|t|'t)\sbureau\b/gu) },
  // "mn porto lag halverwege de dienst er al uit" (not a builder's portofoon: a shift must be in the clause)
  { kind: 'writer', words: ['porto', 'portofoon'], context: /dienst/, re: latin(String.raw`\b${MINE}\sporto(?:foon)?\b`, 'g') },
  // "met ons milieuteam van de politie", "Mijn team Digitale Recherche", "ons oude korps Gelderland-Zuid", "mijn werkplek op bureau Groningen"
  { kind: 'writer', words: ['mijn', 'mn', "m'n", 'ons', 'onze'], re: latin(String.raw`\b${MINE}\s(?:(?:oude|hele|eigen)\s)?(?:${TEAM}|\p{L}*team\svan\sde\spolitie|korps\s(?!Mariniers)\p{Lu}[\p{L}-]+|werkplek\sop\sbureau\s\p{Lu}[\p{L}-]+)`, 'g') },
  // "Open dag op ons bureau in Gouda … in de politieauto"
  { kind: 'writer', words: ['ons', 'onze', 'mijn'], context: /politie|agent|aangifte|arrestant|\bcel\b|dienst/, re: latin(String.raw`\b(?:op|naar|in)\s${MINE}\sbureau\b`, 'g') },
  // "Bij de DKDB mag ik niet veel vertellen": the unit fronted
  { kind: 'writer', words: ['bij'], re: latin(String.raw`^\s*[Bb]ij\s(?:de\s|het\s)?${UNIT}\s(?:\p{Ll}+\s)?(?:ik|we|wij)\b`, 'g') },
  // "ik ben Sanne, de nieuwe wijkagent van het Oosterpark", "ik ben Mark, hoofdagent en …"
  { kind: 'writer', words: ['ik'], re: latin(String.raw`\b[Ii]k\sben\s\p{Lu}\p{Ll}+,\s(?:(?:de|jullie|uw|je)\s)?(?:nieuwe\s)?${ROLE}`, 'g') },
  // "ME-inzet bij het voetbal, dus geen verjaardag voor mij"
  { kind: 'writer', words: ['me-'], re: latin(String.raw`(?<!\b(?:drie|twee|vier|vijf|zes|tien|veel|alle|\d+)\s)\bME-(?:inzet|bus|peloton|dienst|pak|helm)\p{L}*`, 'g') },
  // "as a police officer I see …", "my colleagues on the force"
  { kind: 'writer', words: ['as', 'my', 'our'], re: /\b[Aa]s\s(?:a|an)\s(?:\w+\s)?(?:police\sofficer|cop|detective|constable)\b|\b(?:[Mm]y|[Oo]ur)\s(?:\w+\s)?(?:colleagues|partner|unit|squad|team)\s(?:on|in|at)\s(?:the\s)?(?:force|police)\b/g },
  // "I'm a Dutch cop", "Proud to be a wijkagent in Zuid"
  { kind: 'writer', words: ["i'm", 'am', "i've", 'have', 'proud', 'joined', 'with'], re: latin(String.raw`\bI(?:'m|\sam|'ve\sbeen|\shave\sbeen)\s(?:a|an)\s(?:\p{L}+\s){0,2}(?:cop|police\s(?:officer|detective)|constable|detective)\b|\b[Mm]y\s(?:\p{L}+\s){1,2}with\sthe\s(?:\p{Lu}\p{L}+\s){0,2}police\b|\bI(?:'ve|\shave)?\sjoined\s(?:the\s)?(?:\p{Lu}\p{L}+\s){0,3}[Pp]olice\b|\b[Pp]roud\sto\sbe\s(?:a|an)\s(?:\p{L}+\s)?(?:${ROLE})\b`, 'g') },
];

/** A profile line or its part, between separators: "Hoofdagent | vader van 2", "Politie 👮 | Noodhulp", "Rechercheur hier." */
const PROFILE_TIES: readonly Tie[] = [
  { kind: 'profile', re: new RegExp(String.raw`^\s*(?:(?:[Ee]x|[Oo]ud)-(?:politie(?:man|vrouw|agente?)?|agent|${STRONG_ROLE})|${STRONG_ROLE}(?:\s(?:basisteam|bij|in|op|@)\s(?!een\b)[^,|]{0,40}?)?)(?=\s*(?:$|[,|·•(]|\p{Extended_Pictographic}|\s(?:hier|en|maar)\b))`, 'gu') },
  { kind: 'profile', words: ['hier'], re: latin(String.raw`(?:^|,)\s*(?:${STRONG_ROLE}|Agente?)(?:\s\p{L}[\p{L}-]*){0,2}?\shier\b`, 'g') },
  { kind: 'profile', words: ['politie'], re: new RegExp(String.raw`^\s*Politie(?:\s\p{Lu}[\p{L}-]+){0,2}(?:\s*\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*)?\s*$`, 'gu') },
  // "Beleidsmedewerker Politie | Eenheid Midden-Nederland", "Detective Sergeant – National Police of the Netherlands"
  { kind: 'profile', words: ['politie', 'politieacademie', 'sergeant', 'inspector', 'constable', 'officer'], re: latin(/^\s*\p{Lu}\p{Ll}*(?:medewerker|adviseur|analist|specialist|onderzoeker|co[öo]rdinator|teamleider|rechercheur)\s(?:bij\s)?(?:de\s)?Politie\b|^\s*\p{Lu}[\p{L}-]*(?:er|or|ent|ist|eur|aar|ant|ster)\s(?:bij|aan|@)\s?(?:de\s)?[Pp]olitie(?:academie)?\b|^\s*(?:Detective|Police)\s(?:Sergeant|Inspector|Constable|Officer)\b/gu) },
  // "Bereden politie Amsterdam •", "Federale politie, Luchtvaartpolitie Zaventem |", "Team Verkeer Midden-Nederland |"
  { kind: 'profile', words: ['politie', 'team', 'recherche', 'zedenrecherche', 'districtsrecherche', 'noodhulp', 'meldkamer', 'aanhoudingseenheid'], re: new RegExp(String.raw`^\s*(?:${TEAM}|\p{Lu}\p{Ll}*\s[Pp]olitie|\p{Lu}\p{Ll}*politie|(?:[Vv]oorheen\s|[Ee]x-|[Oo]ud-)?(?:(?:Zeden|Digitale\s|Districts)?[Rr]echerche|[Nn]oodhulp|[Mm]eldkamer|Aanhoudingseenheid))(?:[\s,]+\p{Lu}[\p{L}-]+){0,3}\s*(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*\s*)*$`, 'gu') },
];

/** Ties that stand without the writer: a sentence led by the role or a time, a named officer, police idiom. */
const FREE_TIES: readonly Tie[] = [
  // "Koppelmaat van de dag: Mehmet": the partner on patrol
  { kind: 'free', words: ['koppelmaat'], re: /\b[Kk]oppelmaat\s(?:van\sde\s(?:dag|dienst|nacht|week)|vandaag)\b/g },
  // "Als motoragent in dit weer", "Als rechercheur bij de zedenafdeling ga je", "Als motorrijder bij Team Verkeer zie ik"
  { kind: 'free', words: ['als'], re: latin(String.raw`^\s*[Aa]ls\s(?:agent|aspirant)\sin\sopleiding\b|^\s*(?:Als|Werkzaam\sals)\s(?:(?:ex-|oud-)(?:noodhulp|ME|recherche|zeden|agent|wijkagent|rechercheur)\b|${STRONG_ROLE}|\p{Ll}+\s(?:bij|op)\s(?:de\s|het\s)?${UNIT})\b`, 'g') },
  // "Sinds januari brigadier bij team Noord", "Vanaf maandag bij de recherche in Den Bosch"
  { kind: 'free', words: ['vanaf', 'sinds', 'per', 'tegenwoordig', 'inmiddels'], re: latin(String.raw`(?:^\s*(?:Vanaf|Sinds|Per)\s(?:\S+\s){1,3}?|(?:^|,)\s*(?:[Tt]egenwoordig|[Ii]nmiddels)\s)(?:(?:${ROLE})\s)?(?:bij|op|in)\s(?:de\s|het\s)?(?:\p{L}*team\svan\sde\s)?(?:${UNIT}|[Tt]eam\s\p{Lu}[\p{L}-]+)`, 'g') },
  // "Agent Demi", "Onze wijkagent Mark", "Ingrid inspecteur is bij de politie"
  { kind: 'free', words: ['agent', 'agente', 'wijkagent', 'wijkagente', 'hoofdagent', 'hoofdagente', 'motoragent', 'motoragente', 'brigadier', 'is', 'werkt', 'zit'], re: latin(String.raw`\b(?:(?:[Ww]ijk|[Hh]oofd|[Mm]otor)?[Aa]gente?|[Bb]rigadier)\s\p{Lu}\p{Ll}+\b(?!\s(?:van|uit|in)\b)|\b\p{Lu}\p{Ll}+\s(?:${ROLE}\s)?(?:is|werkt|zit)\s(?:\p{Ll}+\s){0,2}(?:bij|op)\s(?:de\s|het\s)?${UNIT}`, 'g') },
  // a career step: "overplaatsing naar basisteam Alphen", "Been a constable in Eindhoven for 6 years", "ingedeeld bij de ME", "Benoemd tot hoofdinspecteur", "opgeroepen als piketrechercheur"
  { kind: 'free', words: ['overplaatsing', 'overgeplaatst', 'ingedeeld', 'benoemd', 'bevorderd', 'aangesteld', 'gedetacheerd', 'opgeroepen', 'geselecteerd', 'geslaagd', 'diploma', 'been', 'toegelaten'], re: latin(String.raw`\b(?:[Oo]verplaatsing|[Oo]vergeplaatst|[Ii]ngedeeld|[Bb]enoemd|[Bb]evorderd|[Aa]angesteld|[Gg]edetacheerd|[Oo]pgeroepen|[Gg]eselecteerd)\s(?:naar|bij|tot|als|voor)\s(?:de\s|het\s)?(?:${UNIT}|${ROLE})|\b[Gg]eslaagd\svoor\s(?:de\s)?(?:opleiding\stot\s${ROLE}|politieschool|[Pp]olitieacademie)|\b[Dd]iploma\s[Pp]olitieacademie|\b[Tt]oegelaten\stot\s(?:de\s)?opleiding\stot\s${ROLE}|^\s*Been\s(?:a|an)\s(?:\w+\s){0,2}(?:cop|police\s(?:officer|detective)|constable|detective)\b`, 'g') },
  // joined the police: "Onze dochter is net als haar vader bij de politie gegaan" (not "naar de politie gegaan" or "bij de politie gegaan voor een aangifte")
  { kind: 'free', words: ['gegaan'], unblocked: true, re: latin(String.raw`\b(?:[Ii]k\sben|[Ww]e\szijn|[Ww]ij\szijn|${MINE}\s${RELATIVE}\sis)\s(?:(?!langs\b|even\b)[^\s.!?,;:|]+\s){0,6}?bij\s(?:de\s|het\s)?${UNIT}\sgegaan\b(?![^.!?\n]{0,60}\b(?:aangifte|melding|verklaring|langs)\b)`, 'g') },
  // the writer's relative named just before: "Mijn vrouw … Zij werkt bij de hondengeleiders van politie Midden-Nederland", "Mijn man? Hij is rechercheur"
  // ("zit op het politiebureau" is also said of someone arrested: only "zit bij")
  { kind: 'free', words: ['hij', 'zij', 'ze'], unblocked: true, earlier: latin(String.raw`\b${MINE}\s${RELATIVE}\b`), re: latin(String.raw`(?<=^\s*(?:[Hh]ij|[Zz]ij|[Zz]e)\s)(?:(?:werkt\s(?:(?:al|nu|ook|zelf|sinds|${NUMBER}|jaar|jaren)\s){0,4}(?:bij|op)|zit\s(?:(?:al|nu|ook|zelf|sinds|${NUMBER}|jaar|jaren)\s){0,4}bij)\s(?:de\s|het\s)?(?:\p{Ll}+\s){0,2}?${UNIT}|is\s(?:(?:al|nu|ook|zelf)\s){0,2}(?:een\s)?${ROLE}\b)`, 'g') },
  // traffic duty: "met de lasergun langs de N201 gestaan voor team Verkeer"
  { kind: 'free', words: ['gestaan', 'gereden', 'gelopen', 'gecontroleerd', 'geflitst', 'gesurveilleerd'], re: latin(String.raw`\b(?:gestaan|gereden|gelopen|gecontroleerd|geflitst|gesurveilleerd)\s(?:voor|bij|met)\s${TEAM}`, 'g') },
  // years in a role: "Na 12 jaar wijkagent in Kanaleneiland", "twintig jaar rechercheur" (not "Mijn vader was 35 jaar agent")
  { kind: 'free', words: ['jaar', 'jaren'], re: latin(String.raw`(?<!\b(?:was|is|werd|waren|zijn)\s)\b${NUMBER}\s(?:jaar|jaren)\s(?:als\s)?${ROLE}\b`, 'g') },
  // "als jullie wijkagent wil ik even melden", "Ik ben Sandra, jullie wijkagent voor Hoogvliet", "👋 Jullie nieuwe wijkagent …"
  { kind: 'free', words: ['jullie'], unblocked: true, re: latin(String.raw`(?:\b[Aa]ls\s[Jj]ullie|[Jj]ullie(?<=(?:^[^\p{L}\d]{0,8}|,\s|\sen\s)[Jj]ullie))\s(?:nieuwe\s)?${ROLE}`, 'g') },
  // "de rest van de blauwe familie", "15 jaar blauw", "drie nachten noodhulp", "met collega's van de VP"
  { kind: 'free', words: ['jaar', 'jaren', 'blauwe', 'blauw', 'nachten', 'diensten', 'dagen', 'weken', 'collega', 'collegas', "collega's", 'hier', 'kit'], re: latin(String.raw`\b(?:rest\svan\sde|onze|mijn)\sblauwe\sfamilie\b|\b${NUMBER}\s(?:jaar|jaren)\s(?:in\shet\s)?blauw\b|\b(?:op|naar)\sde\skit\b|\bin\shet\sblauw\s(?:de\s)?straat\sop\b|\bcollega'?s\sin\shet\sblauw\b|\b(?:werk|werkt|zit|loop|liep)\s(?:\S+\s){0,3}?in\shet\sblauw\b|(?:\b${NUMBER}\s(?:nachten|diensten|dagen|weken)\s|(?<!\b[Dd]e\s)\b[Cc]ollega(?:'?s)?\s(?:van|bij|uit)\s(?:de\s|het\s)?|\bhier\s\p{Lu}\p{Ll}+\svan\s(?:de\s|het\s)?|\b[Cc]ollega\s\p{Lu}\p{Ll}+\s(?:van|bij)\s(?:de\s|het\s)?|\b${NUMBER}\s(?:jaar|jaren)\sin\sdienst\s(?:bij|van)\s(?:de\s|het\s)?)${UNIT}`, 'g') },
];

/**
 * Duty only police staff do: surveillance the writer walks or drives (not a security guard's), the
 * station where the writer sits with a suspect, an arrest in the writer's own shift ("Tijdens mijn
 * dienst … aangehouden", "Buiten dienst nog een fietsendief staande gehouden"), a shift at a unit.
 */
const DUTY_TIES: readonly Tie[] = [
  { kind: 'free', words: ['surveillance', 'surveillancedienst', 'bureau', 'dienst', 'nachtdienst', 'avonddienst', 'dagdienst', 'aanhouding', 'arrestatie', 'draaien', 'draai', 'gedraaid', 'draaide'], re: latin(String.raw`\b(?:[Tt]ijdens|[Nn]a|[Ii]n)\s(?:mijn|mn|m'n|onze)\s\p{Ll}*dienst\b(?=[^.!?\n]{0,80}\b(?:aangehouden|aanhouding|staande\sgehouden|ingerekend|gearresteerd|geboeid)\b(?!\s(?:door|bij)\b))(?![^.!?\n]{0,80}(?:ziekenhuis|winkel|supermarkt|beveilig|\bwerk\b))|\b(?:aanhouding|arrestatie)\s(?:\p{Ll}+\s){0,4}?(?:van|in|tijdens)\s(?:mijn|mn|m'n|onze)\s\p{Ll}*dienst\b|\b(?:nacht|avond|dag)dienst\s(?:bij\s(?:de\s)?)?(?:noodhulp|ME|recherche|wijkteam|basisteam)\b|\bin\sdienst\s(?:\p{Ll}+\s){0,4}?op\ssurveillance\b|\bdienst\s(?:liep|loopt)\suit(?=\sdoor\seen\saanhouding\b)|^\s*[Bb]uiten\sdienst(?=\s(?:\p{Ll}+\s){0,4}?(?:staande\sgehouden|aangehouden|ingerekend)\b)|\b(?:de\s)?(?:vroege|late|nacht|nachten|avond)(?:dienst(?:en)?)?\s(?:draaien|draai|gedraaid|draaide)\s(?:bij|op)\s(?:de\s|het\s)?${UNIT}|\b(?:[Ii]k|[Ww]e|[Ww]ij)\s(?:loop|liep|lopen|liepen|rijd|reed|rijden|reden)\s(?:\p{Ll}+\s){0,3}?surveillance\b(?<![Bb]eveilig[^.!?\n]{0,100})(?![^.!?\n]{0,60}[Bb]eveilig)|\b[Tt]ijdens\s(?:onze|mijn|mn|m'n)\ssurveillance\p{L}*|\b(?:zit|zat|ben|was)\s(?:nog\s|al\s)?op\s(?:het|t|'t)\sbureau\b(?=[^.!?\n]{0,40}\b(?:verdachte|verhoor|arrestant)\b)`, 'g') },
];

/** A rank at a police body, in a clause of the writer's own: "eindelijk hoofdinspecteur bij PZ Gent". */
const RANK_AT_TIES: readonly Tie[] = [
  { kind: 'jargon', words: ['bij', 'van'], re: latin(String.raw`\b(?:${STRONG_ROLE})\s(?:bij|van)\s(?:de\s|het\s)?${UNIT}`, 'g') },
];

/** Police jargon in a clause of the writer's own (no other subject first): "nog 14 pv's typen in BVH", "Na de nacht op bureau Zuidplein". */
const JARGON_TIES: readonly Tie[] = [
  { kind: 'jargon', words: ['bvh', 'c2000', "pv's", 'pvs', 'arrestantenzorg', 'cellencomplex', 'surveillancedienst', 'fietssurveillance', 'noodhulpdienst', 'noodhulpdiensten', 'piketdienst', 'prio', 'bureau', 'schietoefening', 'schiettraining', 'schiettoets', 'dienstwapen', 'voor', 'politiepost', 'jaar', 'jaren', 'politiebureau', 'meos', 'rtgs', 'taser', 'voa', 'voa-onderzoek', 'inverzekeringstelling'], re: latin(String.raw`\b(?:BVH|C2000(?:-porto)?|MEOS|VOA-onderzoek|inverzekeringstelling|RTGS(?:-toets)?|[Tt]aser-?(?:certificaat|training|opleiding|toets)|pv'?s\s(?:typen|tikken|opmaken|schrijven)|arrestantenzorg|cellencomplex|surveillancedienst|fietssurveillance|noodhulpdienst(?:en)?|piketdienst|A1\sprio|prio\s1|schiet(?:oefening|training|toets)|dienstwapen)\b|\b(?:op|vanaf|naar)\s(?:politie)?bureau\s\p{Lu}[\p{L}-]+(?![^.!?\n]{0,50}\b(?:aangifte|geweest|ontboden|opgeroepen|verhoord)\b)|\bop\sde\spolitiepost\b|\b(?:\d{1,2}|[Tt]wee|[Dd]rie|[Vv]ier|[Vv]ijf|[Zz]es|[Zz]even|[Aa]cht|[Nn]egen|[Tt]ien|[Tt]wintig|[Dd]ertig)\s(?:jaar|jaren)\s(?:bij|in|op)\s(?:de\s|het\s)?${UNIT}|training\svoor\sde\s(?:noodhulp|ME|AT|recherche|wijkagenten)\b`, 'g') },
  // police records worked through: "Mutaties wegwerken op de laatste nacht"
  { kind: 'jargon', words: ['mutaties'], re: /\b[Mm]utaties\s(?:weg)?(?:werken|typen|tikken|schrijven|bijwerken|maken)\b/g },
];

/** All ties, in the order they are tried. */
export const ALL_TIES: readonly Tie[] = [...WRITER_TIES, ...PROFILE_TIES, ...FREE_TIES, ...DUTY_TIES, ...RANK_AT_TIES, ...JARGON_TIES];
/** The words that put the writer in a clause (lower case; "ME" in capitals is the unit, not "me"). */
export const WRITER_WORDS = ['ik', 'ich', 'wij', 'we', 'mij', 'me', 'zelf', 'i', "i'm", "i've", 'my', 'our', 'mijn', 'mn', "m'n", 'ons', 'onze'];
