/** Times for metadata.json: local wall-clock time with its offset, and the server's second clock. */

/** `date` as ISO 8601 in `timeZone`, with milliseconds and the UTC offset (e.g. 2026-01-04T19:40:55.123+01:00). */
export function localIso(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMin = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}${off}`;
}

/** The HTTP Date header of a tab's last top-level response, as the browser saw it arrive. */
export interface ServerDateRecord { url: string; date: string; receivedAt: number }

/** Largest gap between the browser seeing the response and the page's navigation timing saying so. */
const SAME_RESPONSE_MS = 5_000;

/**
 * The server's Date (ISO 8601) when the record belongs to the response that made the captured
 * document: its arrival time matches the document's `timeOrigin + responseStart`. Otherwise null.
 */
export function pickServerDate(
  record: ServerDateRecord | undefined, doc: { timeOrigin: number; responseStart: number | null },
): string | null {
  if (!record || doc.responseStart === null) return null;
  if (Math.abs(record.receivedAt - (doc.timeOrigin + doc.responseStart)) > SAME_RESPONSE_MS) return null;
  const ms = Date.parse(record.date);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
