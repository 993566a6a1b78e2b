import type { Recognizer, Span } from './types';
import { matchesIn, windows } from './windows';

/**
 * A named school, or a class at one (shared/pii-spec.md `school`): "basisschool De Regenboog",
 * "OBS Het Kompas", "het Stedelijk Gymnasium Utrecht", "groep 5 van De Regenboog". Not "naar
 * school", a school without a name, universities and courses of adults.
 */
const NAME = String.raw`(?:(?:De|Het|Den|'t)\s)?\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2}`;
const TYPE = String.raw`(?:[Bb]asisschool|[Kk]indcentrum|[Jj]enaplanschool|[Mm]ontessorischool|[Dd]altonschool|[Vv]rije [Ss]chool|[Ii]ntegraal [Kk]indcentrum)`;
/** Abbreviations that are also other things (OBS Studio, CBS the statistics office): only with a school's article name. */
const ABBREVIATION = String.raw`(?:OBS|CBS|PCBS|RKBS|RKB|IKC|SBO|SO)\s(?:De|Het|'t)\s\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?`;
const NAMED_TYPE = String.raw`(?:${TYPE}\s${NAME}|${ABBREVIATION})`;
/** "het Bonhoeffer College", "Christelijk Lyceum Delft": a name before the school word (not just "Het College van …"). */
const COLLEGE = String.raw`(?:(?!(?:Het|De|Een)\s)\p{Lu}[\p{L}-]+\s){1,3}(?:College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap)(?:\s\p{Lu}[\p{L}-]+){0,2}`;
const SAINT = String.raw`Sint-\p{Lu}\p{Ll}+school`;
const SCHOOL = String.raw`(?:${NAMED_TYPE}|${COLLEGE}|${SAINT})`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:[Hh]et|[Dd]e)\s)?${SCHOOL}(?![\p{L}\p{N}])`, 'gu'),
  // A class at a named school; the school may be only its name ("groep 5 van De Regenboog").
  new RegExp(String.raw`(?<![\p{L}\p{N}])[Gg]roep\s[1-8]\s(?:van|op)\s(?:(?:de|het)\s)?(?:${SCHOOL}|(?:De|Het|'t)\s\p{Lu}[\p{L}'-]+)(?![\p{L}\p{N}])`, 'gu'),
];

const KEYWORD = /school|\b(?:obs|cbs|pcbs|rkbs?|ikc|sbo|so)\b|kindcentrum|college|lyceum|gymnasium|atheneum|scholengemeenschap|groep\s[1-8]/gi;

export const school: Recognizer = (n) => {
  const spans: Span[] = [];
  for (const [start, end] of matchesIn(n.text, windows(n.text, KEYWORD, 60, 60), PATTERNS)) spans.push({ start, end, category: 'school' });
  return spans;
};
