import type { Normalised } from '../types';

/**
 * A text with its runs of ALL-CAPS words written as a sentence would be ("MIJN ZOON MILAN HEEFT ZIJN
 * DIPLOMA" → "mijn zoon Milan heeft zijn Diploma"), so the patterns, which tell names and units
 * by their capitals, read shouted posts too. Only ASCII letters change, so every offset stays.
 */

/** Words after which a shouted word is read as a name: relation words, school kinds, titles. */
const INTRODUCERS = new Set(`dochter dochtertje zoon zoontje vrouw man partner vriend vriendin broer broertje zus zusje vader
moeder papa mama pa ma opa oma oom ome tante neef nicht kind kindje schoonmoeder schoonvader schoonzoon schoondochter zwager
schoonzus schoonbroer jongste oudste kleinzoon kleindochter kleinkind neefje nichtje basisschool kindcentrum kinderopvang juf meester`.split(/\s+/));
/** Abbreviations that stay capitals (school kinds, police units). */
const ABBREVIATIONS = new Set('OBS CBS PCBS RKBS KBS IKC SBO SO ISK VSO MAVO VMBO HAVO VWO ROC BSO ME AT VP DROS DSI'.split(' '));
const WORD = /[A-Z][A-Z']*/g;
/** Words after a relation word that are not its name: verbs and participles ("MIJN KIND MEEGENOMEN"). */
const NOT_A_NAME = /^(?:heeft|had|is|was|gaat|komt|zit|wordt|werd|kan|moet|mag|wil|zal|en|of|op|in|van|met|voor|bij|naar|om|te|uit|aan|die|dat|jarig|geboren|getrouwd|overleden|(?:ge|mee|op|aan|uit|af|thuis)[a-z]{3,}(?:d|t|en))$/;
const ARTICLES = new Set(['de', 'het', 'den']);

/** Two shouted words in a row: only then is there anything to unshout. */
const TWO_SHOUTED = /[A-Z]{2,}\s[A-Z]{2,}/;

/** With `names`, the word after a relation word or school kind keeps its capital (family, school); else all but abbreviations are lower case (police). */
export function unshouted(n: Normalised, names: boolean): string {
  const key = names ? 'unshoutedNames' : 'unshouted';
  const known = n.memo[key] as string | undefined;
  if (known !== undefined) return known;
  const text = n.text;
  const out = TWO_SHOUTED.test(text) ? text.replace(SHOUTED, (run) => recaseRun(run, names)) : text;
  n.memo[key] = out;
  return out;
}

/** At least three words in capitals in a row (within a line; no lower-case letter between them). */
const SHOUTED = /[A-Z][A-Z']+(?:[^A-Za-z\n]+[A-Z][A-Z']*){2,}/g;

/** Class words whose "van" a school's name follows ("GROEP 8 VAN DE SPRANKEL"). */
const CLASS_WORDS = new Set(['groep', 'klas', 'brugklas', 'kleuterklas']);
/** School words a name comes before ("HET VECHTSTREEK COLLEGE" → "het Vechtstreek College"). */
const SCHOOL_WORDS = new Set(['college', 'lyceum', 'gymnasium', 'atheneum', 'scholengemeenschap']);

/** A shouted run of words written as a sentence. */
function recaseRun(line: string, names: boolean): string {
  let out = '';
  let last = 0;
  let nameNext = false;
  const words = [...line.matchAll(WORD)];
  const lowers = words.map((m) => m[0].toLowerCase());
  words.forEach((m, i) => {
    const word = m[0];
    const lower = lowers[i]!;
    let recased = lower;
    const beforeSchoolWord = names && SCHOOL_WORDS.has(lowers[i + 1] ?? '') && !NOT_A_NAME.test(lower) && !ARTICLES.has(lower);
    if (ABBREVIATIONS.has(word)) recased = word;
    else if (names && ((nameNext && !NOT_A_NAME.test(lower)) || beforeSchoolWord || (SCHOOL_WORDS.has(lower) && i > 0))) recased = word[0] + lower.slice(1);
    // a name follows an introducer or a class's "van"; an article there is part of it ("CBS DE SPRANKEL" → "CBS De Sprankel")
    const classOf = lower === 'van' && CLASS_WORDS.has(lowers[i - 1] ?? '');
    nameNext = names && (INTRODUCERS.has(lower) || ABBREVIATIONS.has(word) || classOf || (ARTICLES.has(lower) && recased !== lower));
    out += line.slice(last, m.index) + recased;
    last = m.index! + word.length;
  });
  return out + line.slice(last);
}
