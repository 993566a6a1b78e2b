/**
 * The police self-disclosure patterns (see police/index.ts). Each pattern is bounded, so matching stays
 * linear; `needs` lists words (lower case) of which a window must hold one from every group for
 * the pattern to match at all, so most patterns are skipped without running them. `bare` marks a
 * pattern without a subject of its own: what comes before it must not make it the third person.
 */
import { latin } from '../text/latin';
import { ANY_VERB, BARE_VERB, capitalOk, CLAUSE, FILLER, GEAR, INVERTED_VERBS, MY, NUMBER, NUMBER_CAPITAL, RANK, RANK_ADJ, STRONG_GEAR, SUBJECT, UNIT, WORK_VERB } from './lexicon';

export interface Pattern {
  re: RegExp;
  needs?: readonly (readonly string[])[];
  bare?: boolean;
  /**
   * What must come right before the match (a regex ending in `$`, tried on the text before it);
   * the finding then starts where it does. Lets a pattern start at a rare word and look back,
   * instead of trying a long alternation at every position.
   */
  before?: RegExp;
  /** How far back `before` may look (default 90 characters): the less text, the cheaper. */
  reach?: number;
  /** A quick test the window must pass for the pattern to match at all (shared: tested once per window). */
  gate?: RegExp;
  /** The match must start the text, a line, or follow a sentence mark or a profile's separator (| · •). */
  lineStart?: boolean;
}

/** A `before` regex: the source must end where the match starts. */
const behind = (source: string, flags = ''): RegExp => new RegExp(String.raw`(?:${source})$`, flags);

/** A first-person verb put first: "zit ik bij", "ben ik nu". */
const INVERTED = String.raw`(?:${WORK_VERB}|${INVERTED_VERBS.join('|')})\s(?:ik|we|wij)\b`;
/**
 * At a clause start. The look-behind comes after the word it checks ("ben(?<=…ben)"), so the
 * regex engine tries it only where the word is, not at every position.
 */
const atClauseStart = (word: string): string => String.raw`${word}(?<=${CLAUSE}${word})`;
const BARE = String.raw`${atClauseStart(BARE_VERB)}\b`;
const NAME = String.raw`(?:\s(?:in\s)?[A-Z][A-Za-z-]+)?`;
/** Within one clause, a few words at most ("ik sta er vanavond zelf bij als ME'er"); no wish ("ik wil later …"). */
const SAME_CLAUSE = String.raw`(?:(?!\b(?:wil|wilde|wou|zou|later|geen|niet|worden)\b)[^.!?\n]){0,40}?`;

/** "ik … als", "moet morgen getuigen als": a first-person clause before "als <rank>" (a few words, no wish or negation). */
const FIRST_PERSON_CLAUSE = behind(String.raw`(?:\b(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ij|me|${MY})|${BARE})\s(?:${SAME_CLAUSE}\s)?`);
const OPTIONAL_SHIFT = /(?:(?:nacht|avond|dag|weekend)|\b(?:vroege|late)\s|)$/i;
const PARTICIPLES = ['beedigd', 'aangenomen', 'begonnen', 'gestart', 'aangesteld', 'benoemd', 'bevorderd', 'werkzaam', 'actief', 'slag', 'ingeroosterd', 'gedetacheerd', 'geplaatst', 'geslaagd'];
const WITH_UNIT = String.raw`met\s(?:het|de)\s(?:AT|ME|DSI|DROS|VP|arrestatieteam|mobiele eenheid|hondenbrigade|noodhulp|hondengeleider)`;
/** A profile line's role at the police ("onderzoeker bij de politie"): the pattern runs only where one is. */
const ROLE_AT_POLICE = /(?:onderzoeker|medewerker|analist|specialist|co[öo]rdinator|adviseur|leidinggevende|teamleider|docent|trainer|instructeur)\s(?:bij|@)\s?(?:de\s)?(?:[Nn]ationale\s)?[Pp]olitie/;
/** "mijn" before a piece of gear (the gear pattern runs only where one is). */
const MY_GEAR = /\b(?:mijn|m'?n|onze)\s(?:dienst|politie|uniform|portofoon|kogel|wapen|hand|surveil|stam|bodycam)/i;
/** A work verb at a clause's end ("… bij de politie zit"). */
const ANY_VERB_LAST = /\s(?:zit|zat|werk|werkte|sta|stond|loop|liep|draai|draaide|ben|was)\b/;
/** Where a shift word starts: a word of its own, or after nacht/avond/… ("nachtdienst"), not "Belastingdienst". */
const SHIFT_START = latin(/(?:(?<!\p{L})(?:nacht|avond|dag|weekend|ochtend|middag)?|\b(?:vroege|late)\s)$/iu);
/** Not what others believe or ask of the writer: "iedereen denkt dat ik bij de politie werk", "vroeg of ik bij de politie zit". */
const NOT_BELIEVED = String.raw`(?<!\b(?:(?:denkt|denken|dacht|dachten|vindt|vinden|beweert|beweren|roept|roepen|zegt|zeggen)\s(?:\p{L}+\s)?dat|(?:vraagt|vragen|vroeg|vroegen)\s(?:\p{L}+\s)?of)\s)`;
const WITH_DONE = '(?:geoefend|getraind|ingezet|opgetreden|meegelopen|meegedraaid|meegereden|uitgerukt|gewerkt|gedraaid|samengewerkt)';

/** One of these is in every rank of RANK (lower case). */
const RANK_WORDS = ['agent', 'agnet', 'recherche', 'inspecteur', 'brigadier', 'commissaris', 'surveillant', 'aspirant', 'politie', 'diender', 'smeris', 'hondengeleider', 'centralist', 'regisseur', 'teamchef', 'districtschef', 'arrestantenverzorger', 'expert', 'specialist', 'opsporing', 'verbalisant', 'marechaussee', "me'er", 'meer', 'eenheid', 'ovd', 'ggp'];
const ITEM_WORDS = ['dienst', 'politie', 'uniform', 'portofoon', 'surveillance', 'stamnummer', 'vest', 'wapenstok', 'handboeien', 'bodycam'];
const MINE = ['mijn', 'mn', "m'n", 'onze', 'ons'];
/** One of these is in every unit of UNIT; words with capitals are looked for as written ("ME", not "me"). */
const UNIT_WORDS = ['politie', 'poltie', 'pollitie', 'poltiie', 'recherche', 'noodhulp', 'eenheid', 'marechaussee', 'kmar', 'meldkamer', 'wijkteam', 'basisteam', 'zeden', 'brigade', 'arrestatieteam', 'bureau', 'verkeer', 'polies', 'pliesie', 'opsporing', 'dienst', 'ME', 'VP', 'DROS', 'AT', 'DSI', 'KMar'];
/** The units one moves to (not the police itself, unless a move is said: "mijn overstap … naar de politie"). */
const MOVED_TO = String.raw`recherche|noodhulp|ME\b|AT\b|DSI\b|meldkamer|zedenpolitie|verkeerspolitie|hondenbrigade|mobiele\seenheid|marechaussee|KMar|[Tt]eam\s[A-Z][a-z]+|(?<=overstap\s(?:van\s(?:de\s|het\s)?\S+\s)?naar\s(?:de\s)?)politie`;
const SHIFT_WORDS = ['dienst', 'briefing', 'overdracht'];
const ENGLISH = ['police', 'cop'];
const UNIT_OR_RANK = [...UNIT_WORDS, ...RANK_WORDS, 'surveillance', 'blauw'];

export const PATTERNS: readonly Pattern[] = [
  // "ik werk bij de politie", "mijn man zit bij de recherche", "ik had vannacht dienst bij de noodhulp"
  { gate: ANY_VERB, reach: 30, re: new RegExp(String.raw`\b${WORK_VERB}${FILLER}{0,4}\s(?:(?:bij|op|in|voor)\s${UNIT}${NAME}|${WITH_UNIT})`, 'g'), before: behind(String.raw`\b${SUBJECT}\s`), needs: [UNIT_WORDS] },
  // "ik ben wijkagent", "Jan is rechercheur", "ik werk als agent", "ik was die agent op de fiets"
  { gate: ANY_VERB, reach: 30, before: behind(String.raw`\b${SUBJECT}\s`), re: new RegExp(String.raw`\b(?:ben|is|was|werk|werkt|werkte|zijn|loop|liep)${FILLER}{0,4}\s(?:[Aa]ls\s|een\s|die\s)?(?:${RANK})\b(?:\s(?:in|bij|op|van)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+)?`, 'g'), needs: [RANK_WORDS] },
  // "zit ik bij het AT", "Ben sinds kort agent", "zit sinds vorig jaar bij de DSI", "sta ingeroosterd bij de noodhulp"
  { gate: ANY_VERB, re: new RegExp(String.raw`(?:\b${INVERTED}|${BARE})${FILLER}{0,4}\s(?:(?:bij|op|in|voor)\s${UNIT}|${WITH_UNIT}|in\sde\ssurveillance(?:wagen|auto)|(?:[Aa]ls\s|een\s)?(?:${RANK})\b)`, 'g'), needs: [UNIT_OR_RANK] },
  { re: new RegExp(String.raw`\b(?:[Aa]ls|ben|is|was)${FILLER}{0,3}\s(?:boa|handhaver)\sbij\s(?:de\s)?politie\b`, 'g'), needs: [['boa', 'handhaver']] },
  // "Als rechercheur weet ik …", "als diender leer je …", "Als hoofdagent bij de jeugdpolitie kom ik …"
  // "Bij de noodhulp leer je …": the unit fronted, then what one learns or sees there
  { re: latin(String.raw`${atClauseStart('[Bb]ij')}\s${UNIT}(?:\s\p{Lu}[\p{L}-]+)?\s(?:\p{Ll}+\sik|(?:leer|maak|draai|loop|ben|zit|sta|word)\sje)\b`, 'g'), needs: [UNIT_WORDS] },
  { re: latin(String.raw`${atClauseStart('[Aa]ls')}\s(?:${RANK})(?:\s(?:bij\s)?${UNIT})?\s(?:\p{Ll}+\sik|(?:zie|krijg|maak|merk|hoor|heb|word|kom|loop|sta|leer|weet|ken|ben)\s(?:je|ik))\b`, 'g'), needs: [['als'], RANK_WORDS] },
  { reach: 70, bare: true, re: /\bhier(?=\s?[,:;!-]|$)/g, before: behind(String.raw`(?:^|[.!?\n]\s{0,3})(?:(?:[Jj]ullie|[Uu]w|[Jj]e)\s)?(?:${capitalOk(RANK)})\s(?:(?:in|bij|van|uit)\s(?:de\s|het\s)?[A-Z][A-Za-z-]+\s)?`), needs: [['hier'], RANK_WORDS] },
  { re: new RegExp(String.raw`\b(?:(?:mijn|m'?n)\s)?(?:eerste|laatste)\s(?:dag|dienst|week|nacht|maand|jaar)\s(?:als\s(?:${RANK})\b|(?:bij|op)\s${UNIT})`, 'gi'), needs: [['eerste', 'laatste'], UNIT_OR_RANK], bare: true },
  // "twaalf jaar noodhulp", "20 jaar bij de verkeerspolitie", "na 4 jaar politieacademie", "al 15 jaar in het blauw"
  { reach: 20, before: behind(String.raw`\b(?:${NUMBER}|${NUMBER_CAPITAL})\s(?:mooie\s)?`), re: new RegExp(String.raw`\b(?:jaar|jaren)\s(?:(?:bij|op|in)\s)?(?:in\shet\sblauw|${UNIT}|[Nn]oodhulp|[Zz]eden|[Ww]ijkagent|[Rr]echercheur|[Aa]gent|politieacademie)\b${NAME}`, 'g'), needs: [['jaar', 'jaren'], UNIT_OR_RANK], bare: true },
  { re: new RegExp(String.raw`\b[Vv]anuit\s(?:de\s)?meldkamer\b`, 'g'), needs: [['meldkamer']] },
  { re: /\bIBT(?:-?training|-?toets)?\b/g, needs: [['ibt']] },
  // "als wijkagent in Lombok", "als brigadier bij de VP", "als meldkamercentralist politie"
  { re: new RegExp(String.raw`\b[Aa]ls\s(?:${RANK})\s(?:(?:in|bij|op|van)\s(?:de\s|het\s)?(?:[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?|${UNIT})|politie\b)`, 'g'), needs: [['als'], RANK_WORDS] },
  // "mijn collega's van de noodhulp Utrecht", "mn maat van de VP", "met de collega's van de ME", "Collega's van team Zeden"
  { re: new RegExp(String.raw`${atClauseStart("[Cc]ollega(?:'?s)?")}\s(?:van\s(?:me|mij)\s)?(?:van|bij)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [['collega']] },
  { re: new RegExp(String.raw`(?:\b${MY}\s(?:[A-Za-z]+\s)?|\bmet\sde\s)(?:[Cc]ollega'?s?|team|teamleider|chef|leidinggevende|opleiding|stage|dienstgroep|ploeg|maat|maatje|maten|partner op straat|eenheid|bureau|basisteam|dienst|diensten)(?:\s[A-Z][a-z]+)?\s(?:van|bij|op|in)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [[...MINE, 'met'], UNIT_WORDS] },
  // "nachtdienst gedraaid bij de noodhulp", "morgen dienst op bureau Paardenveld", "vroege dienst, 06.00 briefing op het bureau"
  { reach: 12, before: OPTIONAL_SHIFT, re: new RegExp(String.raw`dienst(?:en)?(?:\s(?:gedraaid|gehad|draaien|draai|gedaan|lopen|gelopen))?\s(?:bij\s|op\s|met\s(?=(?:de|het)\s))(?:${UNIT}|het bureau)(?:\s[A-Z][A-Za-z-]+)?`, 'gi'), needs: [['dienst']] },
  { reach: 12, before: OPTIONAL_SHIFT, re: /dienst(?:en)?\b(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:op|naar)\s(?:het\s|t\s|'t\s)?bureau\b/gi, needs: [['dienst'], ['bureau']], bare: true },
  { reach: 12, before: /\bop\s(?:het|t|'t)\s$/i, re: /\bbureau\s(?:[^.!?\n]{0,20}?\s)?(?:pv'?s|proces(?:sen)?-verbaal|mutaties)/gi, needs: [['bureau'], ['pv', 'proces', 'mutatie']], bare: true },
  // "wij van het basisteam Utrecht-Centrum", "ons basisteam Houten", "bij ons op bureau Zeist"
  { re: new RegExp(String.raw`\b[Ww](?:ij|e)\s(?:van|bij)\s${UNIT}(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [['wij', 'we'], UNIT_WORDS] },
  { re: new RegExp(String.raw`\b[Bb]ij\sons\s(?:op|in|bij)\s${UNIT}`, 'g'), needs: [MINE, UNIT_WORDS] },
  { re: new RegExp(String.raw`(?:\b[Bb]ij\sons\s(?:op\s)?|\b${MY}\s)(?:(?:basisteam|wijkteam|district)(?:\s[A-Z][A-Za-z-]+)?|(?:politie)?bureau\s[A-Z][A-Za-z-]+)`, 'g'), needs: [MINE] },
  // "mijn dienstwapen", "mn kogelwerend vest", "onze politiehond Max" — not "mijn uniform van de voetbalclub"
  { re: /\b(?:mijn|m'?n)\s(?:eerste|laatste)\saanhouding\b/gi, needs: [['aanhouding']] },
  { gate: MY_GEAR, re: new RegExp(String.raw`\b(?:mijn|m'?n|onze)\s(?:${GEAR})\b(?!\s(?:van|bij|voor|uit)\s(?:de|het|mijn|onze)\s(?!politie))`, 'gi'), needs: [MINE, ITEM_WORDS] },
  { before: behind(String.raw`\b(?:${GEAR}|vest|pepperspray)(?:(?:,\s|\sen\s)(?:${GEAR}|vest|pepperspray)){0,6}(?:,\s|\sen\s)`, 'i'), re: new RegExp(String.raw`\b(?:${STRONG_GEAR})\b`, 'gi'), needs: [['wapenstok', 'dienstwapen', 'handboeien', 'pepperspray', 'bodycam']], bare: true },
  { re: /\b(?:dienstnummer|stamnummer|politienummer)\s?(?:is\s)?[:#]?\s?[A-Za-z]{0,2}\d{4,8}\b/gi, needs: [['nummer']] },
  // "ik als agent", "wij als politie", "tijdens mijn dienst als agent", "ik sta er vanavond zelf bij als ME'er"
  { before: FIRST_PERSON_CLAUSE, re: new RegExp(String.raw`\b(?:als|tot)\s${RANK_ADJ}(?:${RANK}|politie)\b`, 'g'), needs: [['als', 'tot'], RANK_WORDS] },
  { before: FIRST_PERSON_CLAUSE, re: /\b(?:op|naar|aan)\s(?:de\s)?[Pp]olitieacademie\b(?!\s(?:wil|wilde|wou|zou)\b)/g, needs: [['academie']] },
  // "Na 30 jaar trek ik het uniform uit"
  { before: FIRST_PERSON_CLAUSE, re: /\bhet\s(?:politie-?)?uniform\s(?:weer\s)?(?:aan|uit)\b/g, needs: [['uniform']] },
  // without a subject: "brigadier bij basisteam Utrecht-Oost", "inspecteur van dienst", "wijkagent zijn in Hoograven", "beëdigd als agent"
  { reach: 40, before: behind(String.raw`(?<![A-Za-z'])(?:${capitalOk(RANK)})\s`), re: new RegExp(String.raw`(?:(?:\b(?:bij|van)\s|@\s?)${UNIT}${NAME}|\bvan\sdienst\b|\bzijn\b(?!\s(?:is|was|betekent|blijft|wordt|vraagt|kost|valt)\b)${NAME})`, 'g'), needs: [RANK_WORDS], bare: true },
  { re: latin(String.raw`\b(?:${capitalOk('(?:beedigd|aangenomen|begonnen|gestart|aangesteld|benoemd|bevorderd|werkzaam|actief|aan\\sde\\sslag|ingeroosterd|gedetacheerd|geplaatst|geslaagd)')})\s(?:(?:\p{L}+\s)?(?:als|tot)\s${RANK_ADJ}(?:${capitalOk(RANK)})\b|(?:bij|op)\s${UNIT}${NAME})`, 'g'), needs: [UNIT_OR_RANK, PARTICIPLES], bare: true },
  // a clause that ends in the rank: "een gastles gegeven op school als wijkagent, …"
  { re: new RegExp(String.raw`\b[Aa]ls\s${RANK_ADJ}(?:${RANK})(?=\s?[,.!?;:]|\s(?:en|maar)\b|$)`, 'g'), needs: [['als'], RANK_WORDS], bare: true },
  // A profile line: "Forensisch onderzoeker bij de politie", "Beleidsmedewerker @ Politie Oost-Brabant"
  { gate: ROLE_AT_POLICE, lineStart: true, re: latin(String.raw`(?:(?!(?:een|de|het|door|met|van|aan)\b)\p{L}+\s){0,2}\p{L}*(?:onderzoeker|medewerker|analist|specialist|co[öo]rdinator|adviseur|leidinggevende|teamleider|docent|trainer|instructeur)\s(?:bij|@)\s?(?:de\s)?(?:[Nn]ationale\s)?[Pp]olitie\b${NAME}`, 'g'), needs: [UNIT_WORDS] },
  // a shift or briefing at a unit or station: "Dienst zit erop bij basisteam Leiden-Noord", "07:00 briefing op bureau Zuidplein", "vroege dienst op het oude bureau"
  { reach: 12, before: SHIFT_START, re: latin(String.raw`(?:[Dd]ienst(?:en)?|[Bb]riefing|[Oo]verdracht)\b(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:op|naar|bij)\s(?:(?:het|de|t|'t)\s(?:\p{Ll}+e\s)?)?(?:${UNIT}|[Bb]ureau\b)(?:\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [SHIFT_WORDS, UNIT_WORDS], bare: true },
  // "in uniform een broodje halen" with the police around it (not a soldier's or a nurse's; not "een agent in uniform")
  { reach: 60, before: latin(/(?:(?:^|[.!?,;:\n]\s{0,3})(?:(?!(?:een|de|het|die|twee|drie|vier|veel|alle|hij|zij|ze|zou|zouden|nooit|niet|geen|wil|wilde)\b)[\p{L}']+\s){0,3}|\b(?:[Ii]k|[Ww]e|[Ww]ij)\s(?:(?!(?:hem|haar|hen|hun|ze|die|jou|je|u)\b)[\p{L}']+\s){0,3}|\b(?:[Mm]ijn|[Mm]'?n)\sdienst\s(?:[\p{L}']+\s){0,4})[Ii]n\s(?:(?:vol|mijn|m'n|mn)\s)?(?:politie-?)?$/u), re: /\buniform\b/g, needs: [['uniform']], bare: true },
  // "Morgen ME-oefening op de heide", "AT-training"
  { gate: /\b(?:ME|AT|DSI|VP|DROS)-/, re: /\b(?:ME|AT|DSI|VP|DROS)-(?:oefening|training|dag|dienst|opleiding|week|weekend)(?:en)?\b/g, needs: [['ME', 'AT', 'DSI', 'VP', 'DROS']], bare: true },
  // a named officer: "brigadier Van Dijk van bureau Kampen"
  { reach: 50, before: behind(String.raw`\b(?:${capitalOk(RANK)})\s(?:(?:[Vv]an(?:\s(?:de[nr]?))?|[Dd]e|[Tt]er)\s)?[A-Z][a-z]+\s`), re: new RegExp(String.raw`\b(?:van|bij)\s${UNIT}${NAME}`, 'g'), needs: [RANK_WORDS, UNIT_WORDS] },
  // "Wie zit er nog meer op de Politieacademie?": the writer does
  { gate: /\b[Ww]ie\s/, re: new RegExp(String.raw`(?<=\b[Ww]ie\s)(?:zit|zitten|werkt|werken|loopt|draait)\s(?:er\s)?(?:hier\s)?(?:ook|nog(?:\smeer)?)\s(?:(?:al|nu)\s)?(?:bij|op|in)\s${UNIT}`, 'g'), needs: [UNIT_WORDS] },
  // "dat ik per 1 maart start als Operationeel Specialist": starting, said by the writer
  { before: FIRST_PERSON_CLAUSE, re: new RegExp(String.raw`\b(?:start|begin|begon|begonnen)\s(?:(?:in|na|op|per|vanaf)\s(?:\d{1,2}\s)?[a-z]+\s)?(?:(?:als|tot)\s${RANK_ADJ}(?:${capitalOk(RANK)})\b|(?:bij|op)\s${UNIT}${NAME})`, 'g'), needs: [UNIT_OR_RANK] },
  // a move to a unit: "ga ik per 1 september naar de recherche", "mijn overstap van de brandweer naar de politie" (going "naar de politie" alone is a report)
  { re: new RegExp(String.raw`\b(?:(?:[Ii]k|[Ww]e|[Ww]ij)\s(?:ga|ging|stap|stapte)|(?:[Gg]a|[Gg]ing|[Ss]tap|[Ss]tapte)\s(?:ik|we|wij)|[Mm](?:ijn|'n|n)\soverstap(?:\svan\s(?:de\s|het\s)?\S+)?)\s(?:over\s)?(?:(?:per|vanaf|na|in|op)\s(?:\d{1,2}\s)?[a-z]+\s)?naar\s(?:de\s|het\s)?(?:${MOVED_TO})(?!-|\s(?:kijken|voor|om|met)\b)(?:\s(?:in|van)\s[A-Z][A-Za-z-]+)?`, 'g'), needs: [UNIT_WORDS] },
  // "ik ben van de meldkamer": the writer's unit, said as where one is from
  { reach: 12, before: behind(String.raw`\b(?:[Ii]k|[Ww]ij|[Ww]e)\s`), re: new RegExp(String.raw`\b(?:ben|zijn)\s(?:zelf\s|ook\s)?van\s${UNIT}`, 'g'), needs: [UNIT_WORDS] },
  // "omdat ik toch bij de politie zit": the verb at the end of the clause
  { gate: ANY_VERB_LAST, reach: 40, before: behind(String.raw`${NOT_BELIEVED}\b(?:[Ii]k|[Ww]ij|[Ww]e)\s(?:(?!(?:hij|zij|ze|jij|je|u|jullie|die|dat|of|wie|waar|denk|dacht|wist|weet|vroeg|vroegen|hoop|hoorde|geloof|zag)\b)\p{Ll}[\p{L}']*\s){0,3}`, 'u'), re: new RegExp(String.raw`\b(?:bij|op|in)\s${UNIT}\s(?:zit|zat|werk|werkte|sta|stond|loop|liep|draai|draaide|ben|was)\b`, 'g'), needs: [UNIT_WORDS] },
  // a team or officer posting as itself: "Basisteam Amstelland hier 👋"
  { lineStart: true, re: new RegExp(String.raw`(?:${capitalOk(`(?:basisteam|wijkteam|politie|${RANK})`)})\s[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?\shier\b`, 'g'), needs: [['hier'], UNIT_OR_RANK] },
  // a profile line: "Wijkagent Leidsche Rijn 👮‍♀️ | trotse mama van 2"
  { gate: /[|·•]/, lineStart: true, re: new RegExp(String.raw`(?!(?:[Ii]nspecteur|[Cc]ommissaris|[Rr]echercheur|[Dd]etective)\b)(?:${capitalOk(RANK)})\s(?:(?:in|bij|te)\s)?[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?(?=\s*(?:[|·•\n,]|$|\p{Extended_Pictographic}))`, 'gu'), needs: [RANK_WORDS] },
  // English: "I'm a police officer", "proud to be part of the Dutch police", "my last night shift with the Amsterdam police"
  { re: /\b(?:I'm|I\sam)\s(?:(?:a|an|now|also|still|proud|officially|finally)\s){0,3}(?:police\s(?:officer|detective|constable)|cop)\b|\b(?:I\swork|I\sworked|I've\sbeen|I\shave\sbeen)\s(?:(?:now|also|still|proudly|working|\d+\syears)\s){0,3}(?:with|for|at|in)\s(?:the\s)?(?:[A-Z]\w+\s){0,2}police\b|\b[Pp]art\sof\s(?:the\s)?(?:[A-Z]\w+\s){0,2}police\b/g, needs: [ENGLISH] },
  { re: /\b(?:[Ff]irst|[Ll]ast)\s(?:day|week|month|year|shift)\s(?:at|with|in)\s(?:the\s)?(?:Dutch\s)?(?:[Pp]olitieacademie|[Pp]olice\s(?:[Aa]cademy|force))\b/g, gate: /academie|police\s(?:academy|force)/i, bare: true },
  { re: /\b(?:[Mm]y|[Oo]ur)\s(?:(?:first|last|next)\s)?(?:\w+\s)?shift\s(?:with|at|for)\s(?:the\s)?(?:[A-Z]\w+\s){0,2}police\b/g, needs: [ENGLISH] },
  // police-only gear put on: "Vest aan, dienstwapen om" (not a portofoon or bodycam: security guards have those)
  { gate: /(?:wapen|wapenstok|vest)\s(?:aan|om|mee|in)\b/i, re: /\b(?:dienstwapen|wapenstok|kogelwerend\svest)\s(?:aan|om|mee|in)\b/gi, needs: [['dienstwapen', 'wapenstok', 'kogelwerend']], bare: true },
  // the unit said again for the writer, the verb left out: "zij bij de recherche en ik bij de noodhulp"
  { re: new RegExp(String.raw`\b(?:ik|wij|we)(?<=\b(?:en|maar|terwijl)\s(?:ik|wij|we))\s(?:zelf\s)?(?:bij|op)\s${UNIT}`, 'g'), needs: [UNIT_WORDS] },
  // "uit bed gebeld voor piket bij de recherche": on call for a unit
  { re: new RegExp(String.raw`\bpiket(?:dienst)?\s(?:bij|voor|van)\s${UNIT}`, 'gi'), gate: /piket/i, needs: [UNIT_WORDS], bare: true },
  // "Zijn er hier nog meer ME'ers?": asked by one of them
  { re: /\b[Zz]ijn\ser\s(?:hier\s)?nog\s(?:meer|andere)\s(?:ME'?ers|(?:wijk|motor|hoofd)?agenten|rechercheurs|dienders|aspiranten|centralisten)\b/g, needs: [['meer', 'andere'], RANK_WORDS] },
  // "met het AT geoefend", "dienst gedraaid met de DROS", "gewerkt met de hondengeleider"
  { re: new RegExp(String.raw`\b(?:${WITH_DONE}\s${WITH_UNIT}|${WITH_UNIT}\s${WITH_DONE})\b`, 'g'), needs: [['met']], bare: true },
];
