import type { Recognizer, Span } from '../types';
import { anchorsOf, SCHOOL_ANCHORS } from '../text/anchors';
import { matchesIn, partsOf, windows } from '../text/windows';
import { unshouted } from '../text/unshout';
import { latin } from '../text/latin';
import { SECONDARY_NAME } from './school-names';
import { ANY_ARTICLE_NAME, ARTICLE_NAME, CHILD_AROUND, CLASS, CLASS_BEFORE, CLASS_PEOPLE, COLLEGE, COMMON_AFTER_ARTICLE, COMMON_NAME, ENGLISH, GO, LOWER_CUE, NAMED_SCHOOL, NAMED_TYPE, NOT_A_NAME, NOT_A_SCHOOL, NOT_THE_SCHOOL, SAINT, SCHOOL, SCHOOL_LIFE, SCHOOL_OR_CHILD, SURNAME, WORD_FIRST } from './school-words';

/**
 * A named school, or a class at one (shared/pii-spec.md `school`): "basisschool De Regenboog",
 * "OBS Het Kompas", "het Stedelijk Gymnasium Utrecht", "groep 5 van De Regenboog". Not "naar
 * school", a school without a name, universities and courses of adults.
 */

/**
 * Each pattern with the capture group that is the school, when only part of the match is; `opens`: the
 * match must open the text, a line or a sentence (read in the whole text, not the window).
 */
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
