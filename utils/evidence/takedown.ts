import { z } from 'zod';

/**
 * Takedown follow-up (issue 15): what the officer did to have an item taken down, and whether it is
 * still online. Notices and checks are records of their own, like annotations; every change is a
 * custody entry (utils/evidence/takedown-actions.ts).
 */
export const noticeRoutes = ['dsa16', 'bevel125p', 'anders'] as const;
export const noticeStatuses = ['gemeld', 'in-behandeling', 'verwijderd', 'afgewezen', 'onbekend'] as const;
export type NoticeRoute = (typeof noticeRoutes)[number];
export type NoticeStatus = (typeof noticeStatuses)[number];
/** How the route is written in the custody log and the bundle. */
export const routeLabel: Record<NoticeRoute, string> = {
  dsa16: 'melding DSA art. 16', bevel125p: 'bevel art. 125p Sv', anders: 'andere route',
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als JJJJ-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Geen bestaande datum');

/** What the officer fills in for a notice. */
export const noticeInputSchema = z.object({
  date: isoDay,
  platform: z.string().trim().min(1, 'Platform ontbreekt').max(100),
  route: z.enum(noticeRoutes),
  reference: z.string().trim().max(200),
  status: z.enum(noticeStatuses),
});
export type NoticeInput = z.infer<typeof noticeInputSchema>;

export const noticeSchema = noticeInputSchema.extend({
  id: z.string().uuid(),
  itemId: z.string().uuid(),
  /** Every status the notice had, oldest first (the first is the status it was recorded with). */
  history: z.array(z.object({ at: z.string().datetime(), status: z.enum(noticeStatuses) })).min(1).max(1_000),
});
export type Notice = z.infer<typeof noticeSchema>;

/** The outcome of "Controleer of het nog online staat". */
export const onlineResults = ['online', 'verwijderd', 'onbekend'] as const;
export type OnlineResult = (typeof onlineResults)[number];

export const onlineCheckSchema = z.object({
  id: z.string().uuid(),
  itemId: z.string().uuid(),
  at: z.string().datetime(),
  result: z.enum(onlineResults),
  /** Why: what the page showed (the post, the platform's removed page, a login wall, a network error). */
  reason: z.string().max(500),
});
export type OnlineCheck = z.infer<typeof onlineCheckSchema>;

/** The custody line of a new notice, of a status change, and of a check: ids and values, never free text of the officer. */
export const noticeDetail = (n: Notice) =>
  `melding ${n.id}: ${n.date}, ${n.platform}, ${routeLabel[n.route]}, kenmerk ${n.reference || '-'}, status ${n.status}`;
export const statusDetail = (n: Notice, from: NoticeStatus) => `melding ${n.id}: status ${from} -> ${n.status}`;
export const checkDetail = (c: OnlineCheck) => `online-controle ${c.id}: ${c.result} (${c.reason})`;

/** Whether a notice still needs following up: open, older than `days`, and the post not known to be gone. */
export function needsReminder(n: Notice, lastCheck: OnlineCheck | undefined, days: number, now: Date): boolean {
  if (n.status === 'verwijderd' || n.status === 'afgewezen') return false;
  if (lastCheck?.result === 'verwijderd') return false;
  return now.getTime() - Date.parse(`${n.date}T00:00:00Z`) > days * 86_400_000;
}
