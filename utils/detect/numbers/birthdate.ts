import type { Recognizer, Span } from '../types';
import { wordAt } from '../text/chars';
import { hasDigits } from '../text/tokens';

/**
 * Dates stated as someone's date of birth or birthday: a date with a birth
 * cue before it (`geboren op`, `geb.`, `jarig op`, `verjaardag`,
 * `geboortedatum`) or after it (`… geboren`, `… jarig`, `… word ik 40`).
 * Any other date (an event, a deadline) is not identifying.
 */
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|october';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = "(?:(?:19|20)\\d\\d|'\\d\\d)";
const DATE = new RegExp(
  `(?<![A-Za-z0-9])(?:${DAY}(?:e|ste|de)?\\s?(?:${MONTHS})\\.?(?:\\s?${YEAR})?` +
  `|${DAY}([-/.])(?:0?[1-9]|1[0-2])(?:\\1(?:(?:19|20)\\d\\d|\\d\\d))?` +
  `|(?:19|20)\\d\\d-(?:0?[1-9]|1[0-2])-${DAY}` +
  `|(?:${MONTHS})\\.?\\s${DAY}(?:st|nd|rd|th)?(?:,?\\s${YEAR})?)(?![A-Za-z0-9]|[-/.:]\\d)`,
  'gi',
);
const CUE_BEFORE = /(?<![a-zà-ÿ])(?:geboren|geb\.?|geboortedatum|geboortedag|jarig|verjaardag|verjaart|verjaren|born|birthday|dob|d\.o\.b\.|bday|b-day|geboorte)(?![a-z])(?:\s*[:,]?\s*(?:is|was|ben|op|de|on|in|het|zijn|haar|mijn|z'n|m'n|ik|hij|zij|ze|we|wij|van|al|pas|ook|weer|dus|nog|echt|eindelijk|[A-Z][a-z]+|\d{4})){0,4}\s*[:,!]?\s*$/i;
const CUE_AFTER = /^\s*[,.]?\s*(?:(?:is|ben|was|zijn|wordt|word|heb|heeft|hij|zij|ze|ik|mijn|m'n|onze|de|het|jongste|oudste|dochter|zoon|[A-Z][a-z]+)\s+){0,3}(?:geboren|jarig|verjaardag|born|word(?:t)?\s+(?:ik|hij|zij|ze|je)\s+\d{1,3}\b)/i;
const AGE_BEFORE = /\bword(?:t)?\s+(?:ik|hij|zij|ze|je|mijn\s+[A-Za-z]+)?\s*\d{1,3}\s*(?:jaar)?\s*(?:op)?\s*$/i;

/** "ik word 12 april 40": turning an age on a date */
const TURNS = /\bword(?:t)?(?:\s(?:ik|hij|zij|ze|je|jij|u|[A-Z][a-z]+))?\s(?:op\s)?$/;
const AGE_AFTER = /^\s\d{1,3}(?:\s?(?:jaar|jr))?(?![A-Za-z0-9:.,]\d)/;

/** Birth cues, grouped by first letter ("wordt" starts with "word"). */
const CUE = /geb(?:oren|\.|oorte\w*)?|jarig|verja(?:ar\w*|ren)|b(?:orn|irthday|-?day)|d(?:ob|\.o\.b)|word/gi;
const REACH_BEFORE = 60;
const REACH_AFTER = 80;

/** Windows around birth cues, merged; a date outside every window cannot be a birth date. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    let from = Math.max(0, m.index - REACH_AFTER);
    while (from > 0 && wordAt(text, from - 1)) from--;
    const to = Math.min(text.length, m.index + m[0].length + REACH_BEFORE + 40);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export const birthDate: Recognizer = (n) => {
  const spans: Span[] = [];
  // every form of DATE holds an ASCII digit (a day or a year)
  if (!hasDigits(n)) return spans;
  const text = n.text;
  for (const [from, to] of windows(text)) {
    const part = text.slice(from, to);
    DATE.lastIndex = 0;
    for (let m = DATE.exec(part); m; m = DATE.exec(part)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - REACH_BEFORE), start);
      const after = text.slice(end, end + 40);
      const turning = TURNS.test(before) && AGE_AFTER.test(after);
      if (CUE_BEFORE.test(before) || CUE_AFTER.test(after) || AGE_BEFORE.test(before) || turning) {
        spans.push({ start, end, category: 'birth_date' });
      }
    }
  }
  return spans;
};
