/** Dates as a Dutch reader of an aangifte expects them: Dutch local time, with UTC alongside. */
const NL_ZONE = 'Europe/Amsterdam';

function parts(iso: string, timeZone: string) {
  const d = new Date(iso);
  const f = new Intl.DateTimeFormat('nl-NL', {
    timeZone, year: 'numeric', month: 'long', day: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.day} ${p.month} ${p.year}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

/** "3 maart 2026" and "14:05:09" in Dutch local time (Europe/Amsterdam). */
export function dutchDateTime(iso: string): { date: string; time: string } {
  return parts(iso, NL_ZONE);
}

/** "3 maart 2026 om 14:05:09 (Nederlandse tijd, UTC+01:00)" */
export function dutchLocal(iso: string): string {
  const { date, time } = dutchDateTime(iso);
  return `${date} om ${time} (Nederlandse tijd, ${utcOffset(iso)})`;
}

/** "2026-03-03 13:05:09.123 UTC" */
export function utcText(iso: string): string {
  const d = new Date(iso);
  return `${d.toISOString().replace('T', ' ').replace('Z', '')} UTC`;
}

/** The offset of Dutch local time from UTC at that moment: "UTC+01:00" in winter, "UTC+02:00" in summer. */
export function utcOffset(iso: string): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: NL_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}
