import type { Normalised } from '../types';
import { byFirstLetter } from './by-first-letter';
import { SECONDARY_ANCHOR } from '../family/school-names';

/**
 * The keywords around which police, family and school look (regex sources; every pattern of a
 * recognizer contains one of its keywords), found for all three in one pass over the text. Each
 * set is grouped by first letter, so the engine tries few branches per position.
 */
const POLICE = String.raw`a(?:gent|gnet|spirant|rrestatieteam|rrestanten|anhouding)|\bat\b|b(?:ureau|rigadier|rigade|asisteam|lauw|odycam)|\bboa\b|c(?:ommissaris|ommissariaat|entralist|onstable)|d(?:ienst|iender)|\bdsi\b|\bdros\b|\bdkdb\b|\bflik\b|\bplysje\b|districtschef|verkeershandhaving|\bvoa\b|inverzekeringstelling|\bbvh\b|\bmeos\b|\brtgs|\btaser|\bc2000|\bot\b|\bpz\b|\bavim\b|\bkorps\b|eenheid|h(?:onden|and(?:haver|boeien)|ulpofficier)|inspecteur|interventie|\bibt|\bovd|\bhovj|\bggp|\bcop\b|k(?:mar|ogelwerend|it\b|orpschef|oppelmaat)|m(?:arechaussee|eldkamer)|\bme\b|noodhulp|opsporing|\bop\sde\sauto\b|mutaties|alcoholcontrole|verkeerscontrole|snelheidscontrole|p(?:olitie|olice|ortofoon|epperspray|olies\b|liesie|oltie|ollitie|oltiie)|\bpv|r(?:echerch|egisseur)|s(?:urveillan|urveille|tamnummer|meris)|team(?:chef|\s(?:verkeer|cybercrime|grensbewaking|high\stech\scrime))|uniform|\bvp\b|verbalisant|\brtic\b|\bhrt\b|\btgo\b|schiettoets|schietoefening|\be33|\bporto\b|uitvalsbasis|beedig|\beed\safgelegd|bike-unit|\bfo'?er\b|w(?:ijkteam|apenstok|achtcommandant|achtmeester)|zeden`;
/** The relation words ("zoontje" and "zuster" start with "zoon" and "zus"). */
const FAMILY = String.raw`d(?:ochter|aughter|ad\b)|z(?:oon|us|wager)|v(?:rouw|erloofde|ader|riend)|m(?:an\b|anlief|am\b|oeder|ama|ams\b|a\b|iddelste|other|om\b|um\b|eme\b)|echtgeno|p(?:artner|apa|aps\b|ap\b|a\b)|b(?:roer|roor|rother|ompa|omma)|o(?:pa|ma|om|udste|uders)|jongste|k(?:lein|ind)|n(?:eef|icht)|t(?:ante|weeling)|s(?:choon|on\b|ister)|wife|husband|grand|fianc|hubby|moeke|vake\b|\blief\b|\bvent\b|\bome\b|nonkel|groot(?:moeder|vader|ouders)|\bkids\b|\bbeppe\b|\bpake\b|\bheit\b|\bmem\b|\bsoan\b|\bsuster\b|\bomke\b|\bmuoike\b|\bjongens\b|\bmeiden\b|\bbro\b|\bsis\b|opoe|\bvava\b|\bex\b|aanstaande|wederhelft|ouwe\sheer|\bmeter\b|\bpeter\b|meisje|meiske|ventje|mannetje|manneke|menneke`;
const SCHOOL = String.raw`school|kinderopvang|kinderdagverblijf|voorjaarsvakantie|herfstvakantie|krokusvakantie|meivakantie|studiedag|\bmr\b|peuterspeelzaal|\bbso\b|\b(?:obs|cbs|pcbs|pcb|rkbs?|kbs|ikc|kc|sbo|so|isk|vso|buso|bubao|mavo|vmbo|havo|vwo|roc|bs|vbs|gbs|rsg|csg|osg|ibs)\b|instituut|primary|overblijf|overgestapt\snaar|minutengesprek|doorstroomtoets|eindtoets|kanjertraining|concierge|avondvierdaagse|musical|kerstmarkt|gymtas|kleuters\b|\b(?:kind|kinderen|kids|zoon|zoontje|dochter|dochtertje)(?=\s(?:[a-z]+\s){0,2}(?:op|van|naar)\b)|sportdag|mr-lid|medezeggenschap|kindcentrum|college|lyceum|gymnasium|atheneum|scholengemeenschap|scholengroep|groep\s[1-8]|brugklas|\bklas\b|leerkracht|oudergesprek|voorleeswedstrijd|\b(?:juf|meester|gym)\b|gebracht|brengen|opgehaald|ophalen|meenemen\snaar|ouderavond|ouderraad|open\sdag|schoolhond|sinterklaasfeest|luizen|luizencontrole|pleinfeest|spreekbeurt|dalton|montessori|jenaplan|leerjaar|als\sschool|kleuterklas|kleutergroep|\bz(?:it|itten|at)(?=\s(?:[a-z]+\s){0,3}op\b)|\bbeg(?:int|on|onnen)\s(?:[a-z]+\s)?op\b|scholen|leerling|kleintjes|\bouders\b|${SECONDARY_ANCHOR}`;

export const POLICE_ANCHORS = 0;
export const FAMILY_ANCHORS = 1;
export const SCHOOL_ANCHORS = 2;
const SOURCES = [POLICE, FAMILY, SCHOOL].map((source) => byFirstLetter(source));
const ALL = new RegExp(SOURCES.map((s) => `(${s})`).join('|'), 'gi');
/** Each set at one position: a hit of one set may also start a keyword of a later one ("kindcentrum"). */
const AT = SOURCES.map((s) => new RegExp(s, 'iy'));

/** Per set, its hits as flat [index, length, index, length, …], computed once per text. */
export function anchorsOf(n: Normalised): readonly (readonly number[])[] {
  const known = n.memo.anchors as number[][] | undefined;
  if (known) return known;
  const out: number[][] = SOURCES.map(() => []);
  const text = n.text;
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    const set = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : 2;
    out[set]!.push(m.index, m[0].length);
    for (let later = set + 1; later < SOURCES.length; later++) {
      const re = AT[later]!;
      re.lastIndex = m.index;
      const also = re.exec(text);
      if (also) out[later]!.push(m.index, also[0].length);
    }
  }
  n.memo.anchors = out;
  return out;
}
