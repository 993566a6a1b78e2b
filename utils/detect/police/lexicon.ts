/**
 * The words of police self-disclosure (regex source strings): ranks and roles, units and
 * stations, duty verbs, the small words that may sit between them, and the writer's equipment.
 * Lower-case words take a capital only where a pattern allows it (a sentence start): "ME", "AT"
 * and "VP" must stay capitals, or "me" and "at" would count.
 */
import { byFirstLetter } from '../text/by-first-letter';

/**
 * An alternation with a capital allowed on each word's first letter ("(?:ben|was)" → "(?:[bB]en|[wW]as)"),
 * also after an optional prefix ("(?:hoofd)?inspecteur" → "(?:[hH]oofd)?[iI]nspecteur").
 */
export const capitalOk = (alternation: string): string =>
  alternation.replace(/(\(\?:|\||\)\?)([a-z])/g, (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);

export const RANK = String.raw`(?:oud-|ex-)?(?:politie)?(?:wijk|motor|hoofd|verkeers|zeden|jeugd|hulp|buurt|rechercheur|recherche)?(?:agent(?:e|en)?|agenten|agnet)|agent van politie|(?:oud-|ex-)?(?:hoofd|cyber|tactisch|financieel|digitaal|piket)?rechercheurs?|(?:hoofd)?inspecteur|brigadier|(?:hoofd)?commissaris|surveillant|aspirant|politieman|politievrouw|politieambtenaar|politiemedewerker|diender|smeris|hondengeleider|(?:meldkamer)?centralist|meldkamermedewerker|wijkregisseur|teamchef|districtschef|arrestantenverzorger|operationeel (?:expert|specialist)|opsporingsambtenaar|verbalisant|marechaussee|agente|ME'?er|mobiele eenheid|ggp'?er|GGP'?er|[Oo][Vv][Dd]-?P`;
/** "politie" after its first letter, with the slips of a phone keyboard ("poltie", "pollitie", "poltiie"). */
export const OLITIE = 'ol(?:itie|tie|litie|tiie)';
/** Compounds of "politie" that are things or events, not a unit: "bij de politieafzetting". */
export const THING_OF_POLICE = '(?:rechter|afzetting|auto|wagen|busje|helikopter|bericht|woordvoerder|onderzoek|inval|actie|controle|cel|verhoor|lint|serie|film|hond)';
/** A unit, station or the force itself, with an optional place name ("bureau Zeist", "basisteam Utrecht-Oost"). */
export const UNIT = String.raw`(?:de |het |t |'t )?(?:[Tt]eam\s)?(?:${capitalOk(String.raw`(?:polies|pliesie|p${OLITIE}(?!ke?\b|${THING_OF_POLICE}\b)(?:\s?(?:bureau|academie|eenheid|team))?|nationale [Pp]olitie|(?:zeden|jeugd|regionale\s|digitale\s|tactische\s)?recherche|noodhulp|mobiele [Ee]enheid|landelijke [Ee]enheid|regionale [Ee]enheid|(?:koninklijke )?marechaussee|kmar|meldkamer|[Ww]ijkteam(?<![Ss]ociaal\s[Ww]ijkteam)|basisteam|[Tt]eam [Vv]erkeer|districtsrecherche|zedenpolitie|(?:jeugd-\sen\s)?[Zz]eden(?:zaken)?\b|jeugdpolitie|verkeerspolitie|hondenbrigade|arrestatieteam|aanhoudingseenheid|bureau\s[A-Z][A-Za-z-]+|politiebureau|opsporing|forensische [Oo]psporing|vreemdelingenpolitie|waterpolitie|bereden [Pp]olitie|dienst\s(?:[Ss]peciale [Ii]nterventies|[Ii]nfrastructuur|[Rr]egionale [Rr]echerche|[Ll]andelijke [Rr]echerche))`)}|KMar|ME\b(?!\/?CVS)|VP\b|DROS\b|AT\b|DSI)`;
/** The writer's partner and relatives, after "mijn" (here and in police/words.ts). */
export const PARTNER_AND_KIN = 'man|vrouw|partner|vriend|vriendin|vader|moeder|pa|ma|zoon|dochter|broer|zus|zwager|schoonzus|schoonvader|schoonmoeder|oom|tante';
export const SUBJECT = String.raw`(?:[Ii]k|[Ww]ij|[Ww]e|[Mm](?:ijn|ijne|ien|n|'n)\s(?:${PARTNER_AND_KIN}|vent)(?:\s[A-Z][a-z]+)?|[A-Z][a-z]{2,}(?:\svan\s(?:hiernaast|de\soverkant|boven|beneden|om\sde\shoek))?)`;
const WORK_VERBS = 'werk werkt werkte werkten werken zit zat zaten zitten draai draait draaide draaiden draaien staan lopen rijden loop liep liepen rij rijd rijdt reed reden ben is was zijn waren sta stond stonden had hadden heb'.split(' ');
export const WORK_VERB = `(?:${byFirstLetter(WORK_VERBS.join('|'))})`;
/** A verb that starts a sentence without its "ik" ("ben sinds kort agent", "moest invallen bij de ME"). */
/** Also with a capital, at a sentence start. */
const BARE_VERBS = 'ben was werk werkte zit zat loop liep draai draaide sta stond rij reed moet moest ga ging begin start mag val'.split(' ');
export const BARE_VERB = `(?:${byFirstLetter(BARE_VERBS.join('|'), { capital: true })})`;
/** Verbs put first in "zit ik bij …" (besides the work verbs). */
export const INVERTED_VERBS = ['begin', 'begonnen', 'start', 'ga', 'kom'];
/**
 * Any of the verbs above as a whole word followed by a space (any case): the verb-led patterns
 * cannot match in a window without one, so one quick test lets the window skip all of them.
 */
export const ANY_VERB = new RegExp(String.raw`\b(?:${[...new Set([...WORK_VERBS, ...BARE_VERBS, ...INVERTED_VERBS])].join('|')})\s`, 'i');
const NUMBER_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'twintig', 'dertig', 'kort'];
export const NUMBER = String.raw`(?:\d{1,4}|${NUMBER_WORDS.join('|')})`;
const MONTH = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)`;
/** The number words at the start of a sentence ("Zes jaar noodhulp"). */
export const NUMBER_CAPITAL = NUMBER.replace(/\|([a-z])/g, (_, c: string) => `|${c.toUpperCase()}`);

/** Words between the verb and the unit or rank ("al jaren", "sinds maart", "een paar jaar", "tot 23u"). */
export const FILLER = String.raw`(?:\s(?:${byFirstLetter([
  String.raw`sinds(?:\s${MONTH})?`, String.raw`een\s(?:tijdje|tijd|poosje|poos|hele\stijd|paar\s(?:jaar|jaren|maanden|weken)|aantal\s(?:jaar|jaren|maanden))`,
  String.raw`enkele\s(?:jaar|jaren|maanden)`, String.raw`in\shet\s(?:dagelijks|echte?)\sleven`, String.raw`wat\s(?:jaar|jaren|maanden)`, String.raw`tot\s(?:(?:vorig|afgelopen)\s(?:jaar|week)|vorige\s(?:maand|week)|\d{1,2}(?:[u:.]\d{0,2})?)`,
  String.raw`vorig\s(?:jaar|week)`, String.raw`afgelopen\s(?:jaar|week)`, String.raw`vorige\s(?:maand|week)`, String.raw`deze\s(?:maand|week)`,
  ...NUMBER_WORDS, ...`al nu ook zelf inmiddels overdag fulltime parttime vannacht vandaag gisteren morgen vanavond weer nog er daar hier echt gewoon de het jullie uw nieuwe vaste enige dienst diensten nachtdienst avonddienst nachten avonden vroege late jaar jaren jarenlang maanden lang ruim bijna meer dan als mee vroeger begonnen gestart allebei beiden samen ingeroosterd ingedeeld gedetacheerd geplaatst invallen werken draaien`.split(' '),
].join('|'))}|\d{1,4}))`;
/** Adjectives before a rank after "als" ("als eerste agent ter plaatse"). */
export const RANK_ADJ = String.raw`(?:(?:eerste|enige|nieuwe|jonge|ervaren|oud-?|tactisch|digitaal|financieel|forensisch)\s)?`;
/** Equipment and papers the writer can only have as police staff. */
export const GEAR = String.raw`dienstgroep|dienstwapen|dienstpistool|politiepas|politie-?uniform|uniform|portofoon|kogelwerend(?:e)?\svest|wapenstok|handboeien|surveillancewagen|surveillanceauto|dienstauto van de politie|dienstmotor|politie-?id|dienstnummer|stamnummer|politiehond|bodycam`;
/** Equipment that by itself says police, in a list ("portofoon, vest, wapenstok"). */
export const STRONG_GEAR = String.raw`wapenstok|dienstwapen|handboeien|pepperspray|bodycam`;
/** Where a clause starts: the text's start, a sentence or clause mark, or an interjection. */
export const CLAUSE = String.raw`(?:^|[.!?,;:\n(|·•]|\b(?:[Jj]a|[Nn]ee|idd|haha|zo|pf+|[Tt]ja|ff|en|maar|want|dus|nou)\b)\s{0,3}`;
/** Possessives of the writer. */
export const MY = String.raw`(?:[Mm]ijn|[Mm]n|[Mm]'n|[Oo]nze|[Oo]ns)`;

