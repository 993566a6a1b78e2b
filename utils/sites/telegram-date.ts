/**
 * Dates as Telegram Web shows them: a date header over each day ("11 januari 2025", "Vandaag",
 * "dinsdag") and a time on each message ("21:14"). Read in the officer's own time zone, as the client
 * displays them.
 */

const MONTHS: Record<string, number> = {};
[
  'januari january jan', 'februari february feb', 'maart march mrt mar', 'april apr', 'mei may', 'juni june jun',
  'juli july jul', 'augustus august aug', 'september sep sept', 'oktober october okt oct', 'november nov', 'december dec',
].forEach((names, i) => { for (const n of names.split(' ')) MONTHS[n] = i; });
const WEEKDAYS = ['zondag sunday', 'maandag monday', 'dinsdag tuesday', 'woensdag wednesday', 'donderdag thursday', 'vrijdag friday', 'zaterdag saturday'];

/** The calendar day a date header shows ("11 januari 2025", "January 11", "Vandaag", "dinsdag"), relative ones from `now`. */
function dayOf(shown: string, now: Date): Date | null {
  const s = shown.toLowerCase();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const back = (days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  if (/\b(?:vandaag|today)\b/.test(s)) return today;
  if (/\b(?:gisteren|yesterday)\b/.test(s)) return back(1);
  const named = /(\d{1,2})\.?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?|([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/.exec(s);
  const day = Number(named?.[1] ?? named?.[5]);
  const month = MONTHS[named?.[2] ?? named?.[4] ?? ''];
  if (named && month !== undefined && day >= 1 && day <= 31) {
    const year = named[3] ?? named[6];
    const date = new Date(year ? Number(year) : today.getFullYear(), month, day);
    // Without a year the client means the current one; a day after today is last year's.
    if (!year && date.getTime() > today.getTime()) date.setFullYear(date.getFullYear() - 1);
    return date;
  }
  const weekday = WEEKDAYS.findIndex((names) => names.split(' ').some((n) => s.includes(n)));
  return weekday >= 0 ? back(((today.getDay() - weekday + 7) % 7) || 7) : null;
}

/** The time of day a message shows ("21:14", "9:14 PM"), as shown: the first text node of `el` holding one (views counts stand apart). */
export function clockIn(el: Element | null | undefined): string | null {
  if (!el) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const clock = clockOf(node.nodeValue);
    if (clock) return clock;
  }
  return null;
}

function clockOf(text: string | null): string | null {
  return /(?<!\d)\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?/.exec(text ?? '')?.[0] ?? null;
}

/**
 * Date and time as the page shows them, in the officer's own time zone (as the client displays it),
 * to ISO 8601; null when either is missing or unreadable. `now` resolves "Vandaag" and weekdays.
 */
export function parseShown(date: string | null, time: string | null, now = new Date()): string | null {
  const day = date ? dayOf(date, now) : null;
  const clock = /(?<!\d)(\d{1,2}):(\d{2})(?:\s?([AaPp]))?/.exec(time ?? '');
  if (!day || !clock) return null;
  let hours = Number(clock[1]);
  if (clock[3]) hours = (hours % 12) + (/p/i.test(clock[3]) ? 12 : 0);
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, Number(clock[2]));
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** "11 januari 2025, 21:14": the date header and the message's time, each as shown. */
export function shownOf(date: string | null, time: string | null): string | null {
  return [date, time].filter(Boolean).join(', ') || null;
}
