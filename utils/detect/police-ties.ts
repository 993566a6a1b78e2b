
/**
 * The ties of police-clause.ts: a writer (or a named person) bound to a police-only word.
 * Police self-disclosure decided per clause, for what the patterns (police-patterns.ts) do not
 * know: a clause with the writer in it ("ik", "mijn", "wij") and a word only police staff use of
 * themselves, tied together by membership ("bij de noodhulp"), a role ("ben hulpofficier") or
 * possession ("ons ME-peloton"), and nothing that makes it talk about the police: another
 * subject, a wish or negation, a call, visit or arrest by the police, news, games.
 */

/** Units and the force: a member is "bij", "op", "in", "van", "voor" or "met" them. */
const UNIT = String.raw`(?:\p{L}*politie(?!ke?\b)\p{L}*|(?:zeden|jeugd|districts|regionale\s|digitale\s)?recherche\p{L}*|noodhulp|wijkteam|basisteam|meldkamer\p{L}*|arrestatieteam|(?:[Ll]andelijke|[Rr]egionale)\s[Ee]enheid|Eenheid\s\p{Lu}\p{L}+|zeden\p{L}*|marechaussee|KMar|kmar|[Tt]eam\s(?:Verkeer|Zeden|Recherche|Opsporing)|ME|AT|VP|DROS|DSI)`;
/** Roles only police staff have. */
const ROLE = String.raw`(?:(?:wijk|motor|hoofd|verkeers|zeden|jeugd|buurt|politie)?agente?|(?:hoofd)?rechercheur|(?:hoofd)?brigadier|(?:hoofd)?inspecteur|hulpofficier(?:\svan\sjustitie)?|(?:politie|meldkamer)centralist|wachtcommandant|teamchef|politieman|politievrouw|diender|OvD-P|ME'er|cop|police\sofficer)`;
/** Things only police staff have, after "mijn"/"ons": "m'n diensthond Rex", "ons ME-peloton", "mijn OvD-P opleiding". */
const OWN = String.raw`(?:diensthond\p{L}*|dienstwapen\p{L}*|wapenkluis|werkpas\svan\sde\spolitie|politie\p{L}+|ME-\p{L}+|AT-\p{L}+|OvD-P\s?\p{L}*|(?:diensten|rooster\p{L}*|collega'?s|team|ploeg|dienstgroep)\s(?:bij|van|op)\s(?:de\s|het\s)?${UNIT})`;

/** A tie: its regex runs in a clause only if the gate (a cheap test) passes there. */
export interface Tie { gate: RegExp; re: RegExp }

const WRITER = String.raw`(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ij|me|zelf|I|I'm|[Mm]y|[Oo]ur)`;
const MINE = String.raw`(?:[Mm]ijn|[Mm]n|[Mm]'n|[Oo]ns|[Oo]nze)`;
/** Up to six words of the same clause in between. */
const GAP = String.raw`(?:\s[^\s.!?,;:|]+){0,6}?`;
/** Up to four words of the same clause, none an article or adjective-like word before a role ("de inspecteur", "particulier rechercheur"). */
const ROLE_GAP = String.raw`(?:\s(?!(?:de|het|die|dat|deze|particulier|private?|customer|service|geheim|reis|verzekerings?)\b)[^\s.!?,;:|]+){0,4}?`;

/** Roles that alone say police (not "agent": "als agent zie je…" is also said by others). */
const STRONG_ROLE = String.raw`(?:(?:[Ww]ijk|[Mm]otor|[Hh]oofd|[Vv]erkeers|[Zz]eden|[Jj]eugd|[Bb]uurt)agente?|(?:[Hh]oofd|[Ff]orensisch\s)?[Rr]echercheur|(?:[Hh]oofd)?[Bb]rigadier|(?:[Hh]oofd)?[Ii]nspecteur|[Hh]ulpofficier(?:\svan\sjustitie)?|(?:[Pp]olitie|[Mm]eldkamer)?[Cc]entralist|[Ww]achtcommandant|[Tt]eamchef|[Hh]ondengeleider|[Aa]spirant|ME'er|OvD-P)`;
const NUMBER = String.raw`(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig)`;

/** Ties that need the writer in the clause. */
export const TIES: readonly Tie[] = [
  // "ik draai diensten bij het cameratoezicht van de politie", "we gaan met de ME"
  { gate: /\b(?:bij|op|in|voor)\s|@/, re: new RegExp(String.raw`\b${WRITER}\b${GAP}\s(?:bij|op|in|voor|@)\s(?:de\s|het\s|t\s|'t\s)?(?:\p{L}+\s){0,3}?${UNIT}\b`, 'gu') },
  // "ik ben hulpofficier van justitie", "ik was twaalf jaar inspecteur", "ik ben forensisch rechercheur"
  { gate: /\b(?:ben|was|werk|werkte|zijn|waren)\s/, re: new RegExp(String.raw`\b(?:[Ii]k|[Ww]ij|[Ww]e)\s(?:ben|was|werk\sals|werkte\sals|zijn|waren)${ROLE_GAP}\s(?:een\s)?${ROLE}\b`, 'gu') },
  { gate: /zoals/, re: new RegExp(String.raw`\b(?:een\s)?${ROLE}\szoals\s(?:ik|wij|mij)\b`, 'gu') },
  // "m'n diensthond Rex", "ons ME-peloton", "mijn team bij de Regionale Eenheid"
  { gate: /\b(?:mijn|mn|m'n|ons|onze)\s/i, re: new RegExp(String.raw`\b${MINE}\s(?:\p{L}+\s)?${OWN}`, 'gu') },
  // "Wij van Team Verkeer Noord-Holland"
  { gate: /\b(?:wij|we)\svan\s/i, re: new RegExp(String.raw`\b(?:[Ww]ij|[Ww]e)\svan\s(?:de\s|het\s)?${UNIT}`, 'gu') },
  // "ben ik overgestapt naar zeden", "naar de politie ben overgestapt"
  { gate: /overge|gegaan/, re: new RegExp(String.raw`\bnaar\s(?:de\s|het\s)?${UNIT}\s(?:\p{L}+\s){0,2}?(?:overgestapt|overgeplaatst|gegaan)\b|\b(?:overgestapt|overgeplaatst)\snaar\s(?:de\s|het\s)?${UNIT}\b`, 'gu') },
  // "als ik dat uniform aantrek" (with the police in the clause)
  { gate: /(?:politie|agent|bureau|collega)[^]*uniform\s(?:aantrek|aandoe|aanheb|draag)\b|uniform\s(?:aantrek|aandoe|aanheb|draag)\b[^]*(?:politie|agent|bureau|collega)/, re: /\b(?:ik|we|wij)\s(?:\p{L}+\s){0,2}(?:politie-?)?uniform\s(?:aantrek|aandoe|aanheb|draag)\b/gu },
  // "In de 19 jaar dat ik agent ben": the verb last in a subordinate clause
  { gate: /\bdat\s(?:ik|we|wij)\s/, re: new RegExp(String.raw`\bdat\s(?:ik|we|wij)\s(?:\p{Ll}+\s){0,2}?${ROLE}\s(?:ben|was|zijn|waren|werd|werk)\b`, 'gu') },
  // "Bij ons op het bureau in Gouda": "het bureau" of one's own is the station
  { gate: /ons\sop/, re: /\b[Bb]ij\sons\sop\s(?:het|t|'t)\sbureau\b/gu },
  // "mn porto lag halverwege de dienst er al uit" (not a builder's portofoon: a shift must be in the clause)
  { gate: /porto[^]*dienst|dienst[^]*porto/, re: new RegExp(String.raw`\b${MINE}\sporto(?:foon)?\b`, 'gu') },
  // "ME-inzet bij het voetbal, dus geen verjaardag voor mij"
  { gate: /ME-/, re: new RegExp(String.raw`\bME-(?:inzet|bus|peloton|dienst|pak|helm)\p{L}*`, 'gu') },
  // "I'm a Dutch cop", "Proud to be a wijkagent in Zuid"
  { gate: /I'?m\s|roud\sto|joined/, re: new RegExp(String.raw`\bI'?m\s(?:a|an)\s(?:\p{L}+\s){0,2}(?:cop|police\s(?:officer|detective))\b|\bI(?:'ve|\shave)?\sjoined\s(?:the\s)?(?:\p{Lu}\p{L}+\s){0,3}[Pp]olice\b|\b[Pp]roud\sto\sbe\s(?:a|an)\s(?:\p{L}+\s)?(?:${ROLE})\b`, 'gu') },
];

/** A profile line or its part, between separators: "Hoofdagent | vader van 2", "Politie 👮 | Noodhulp", "Rechercheur hier." */
export const PROFILE_TIES: readonly Tie[] = [
  { gate: /^\s*\S/, re: new RegExp(String.raw`^\s*(?:(?:[Ee]x|[Oo]ud)-(?:politie|agent|${STRONG_ROLE})|${STRONG_ROLE}(?:\s(?:basisteam|bij|in|op|@)\s(?!een\b)[^,|]{0,40}?)?)(?=\s*(?:$|[,|·•]|\p{Extended_Pictographic}|\s(?:hier|en|maar)\b))`, 'gu') },
  { gate: /\shier\b/, re: new RegExp(String.raw`(?:^|,)\s*(?:${STRONG_ROLE})\shier\b`, 'gu') },
  { gate: /^\s*Politie/, re: new RegExp(String.raw`^\s*Politie(?:\s\p{Lu}[\p{L}-]+){0,2}(?:\s*\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*)?\s*$`, 'gu') },
  // "Beleidsmedewerker Politie | Eenheid Midden-Nederland", "Detective Sergeant – National Police of the Netherlands"
  { gate: /^\s*\p{Lu}\p{Ll}+\s(?:(?:bij\s)?(?:de\s)?Politie|Sergeant|Inspector|Constable|Officer)\b/u, re: /^\s*\p{Lu}\p{Ll}*(?:medewerker|adviseur|analist|specialist|onderzoeker|co[öo]rdinator|teamleider|rechercheur)\s(?:bij\s)?(?:de\s)?Politie\b|^\s*(?:Detective|Police)\s(?:Sergeant|Inspector|Constable|Officer)\b/gu },
];

/** Ties that stand without the writer: a sentence led by the role or a time, a named officer, police idiom. */
export const FREE_TIES: readonly Tie[] = [
  // "Als motoragent in dit weer", "Als rechercheur bij de zedenafdeling ga je", "Als motorrijder bij Team Verkeer zie ik"
  { gate: /^\s*(?:Als|Werkzaam\sals)\s/, re: new RegExp(String.raw`^\s*(?:Als|Werkzaam\sals)\s(?:${STRONG_ROLE}|\p{Ll}+\sbij\s(?:de\s|het\s)?${UNIT})\b`, 'gu') },
  // "Sinds januari brigadier bij team Noord", "Vanaf maandag bij de recherche in Den Bosch"
  { gate: /(?:^|,)\s*(?:Vanaf|Sinds|Per|[Tt]egenwoordig|[Ii]nmiddels)\s/, re: new RegExp(String.raw`(?:^\s*(?:Vanaf|Sinds|Per)\s(?:\S+\s){1,3}?|(?:^|,)\s*(?:[Tt]egenwoordig|[Ii]nmiddels)\s)(?:(?:${ROLE})\s)?(?:bij|op)\s(?:de\s|het\s)?(?:${UNIT}|[Tt]eam\s\p{Lu}[\p{L}-]+)`, 'gu') },
  // "Agent Demi", "Onze wijkagent Mark", "Ingrid inspecteur is bij de politie"
  { gate: /[Aa]gent|[Bb]rigadier|\s(?:is|werkt|zit)\s/, re: new RegExp(String.raw`\b(?:(?:[Ww]ijk|[Hh]oofd|[Mm]otor)?[Aa]gente?|[Bb]rigadier)\s\p{Lu}\p{Ll}+\b(?!\s(?:van|uit|in)\b)|\b\p{Lu}\p{Ll}+\s(?:${ROLE}\s)?(?:is|werkt|zit)\s(?:\p{Ll}+\s){0,2}(?:bij|op)\s(?:de\s|het\s)?${UNIT}`, 'gu') },
  // "de rest van de blauwe familie", "15 jaar blauw", "drie nachten noodhulp", "met collega's van de VP"
  { gate: /blauw|nachten|diensten|dagen|weken|ollega|hier\s|de\skit\b/, re: new RegExp(String.raw`\b(?:rest\svan\sde|onze|mijn)\sblauwe\sfamilie\b|\b${NUMBER}\s(?:jaar|jaren)\s(?:in\shet\s)?blauw\b|\b${NUMBER}\s(?:nachten|diensten|dagen|weken)\s${UNIT}\b|(?<!\b[Dd]e\s)\b[Cc]ollega'?s\s(?:van|bij|uit)\s(?:de\s|het\s)?${UNIT}|\bhier\s\p{Lu}\p{Ll}+\svan\s(?:de\s|het\s)?${UNIT}|\b(?:op|naar)\sde\skit\b`, 'gu') },
];

export const ANY_WRITER = new RegExp(String.raw`\b(?:${WRITER}|${MINE})\b`, 'u');
