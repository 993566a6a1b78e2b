import type { SchildwachtDB } from '../db';
import { appendCustody } from './store';
import {
  type Notice, type NoticeInput, type NoticeStatus, type OnlineCheck, type OnlineResult,
  checkDetail, needsReminder, noticeDetail, noticeInputSchema, noticeSchema, statusDetail,
} from './takedown';

/** Records a notice to the platform (or an order) for an item; logged with its values in the item's custody log. */
export async function addNotice(db: SchildwachtDB, itemId: string, input: NoticeInput, now = new Date()): Promise<Notice> {
  if (!(await db.items.get(itemId))) throw new Error('Item niet gevonden');
  const fields = noticeInputSchema.parse(input);
  const notice = noticeSchema.parse({ ...fields, id: crypto.randomUUID(), itemId, history: [{ at: now.toISOString(), status: fields.status }] });
  await appendCustody(db, itemId, 'notice', noticeDetail(notice), async () => { await db.notices.add(notice); }, () => now);
  return notice;
}

/** Changes a notice's status (gemeld → in behandeling → verwijderd …); the change is a custody entry. */
export async function setNoticeStatus(db: SchildwachtDB, noticeId: string, status: NoticeStatus, now = new Date()): Promise<Notice> {
  const before = await db.notices.get(noticeId);
  if (!before) throw new Error('Melding niet gevonden');
  if (before.status === status) return before;
  const next = noticeSchema.parse({ ...before, status, history: [...before.history, { at: now.toISOString(), status }] });
  await appendCustody(db, before.itemId, 'notice', statusDetail(next, before.status), async () => { await db.notices.put(next); }, () => now);
  return next;
}

/** Records the outcome of an online check, with its time, in the checks and the custody log. */
export async function recordCheck(db: SchildwachtDB, itemId: string, result: OnlineResult, reason: string, now = new Date()): Promise<OnlineCheck> {
  const check: OnlineCheck = { id: crypto.randomUUID(), itemId, at: now.toISOString(), result, reason: reason.slice(0, 500) };
  await appendCustody(db, itemId, 'online-check', checkDetail(check), async () => { await db.checks.add(check); }, () => now);
  return check;
}

export interface TakedownHistory { notices: Notice[]; checks: OnlineCheck[] }

/** An item's notices (oldest first) and checks (oldest first). */
export async function takedownOf(db: SchildwachtDB, itemId: string): Promise<TakedownHistory> {
  const [notices, checks] = await Promise.all([
    db.notices.where('itemId').equals(itemId).sortBy('date'), db.checks.where('itemId').equals(itemId).sortBy('at'),
  ]);
  return { notices, checks };
}

export interface Reminder { notice: Notice; lastCheck: OnlineCheck | undefined }

/** Notices older than `days` whose post is still online or not known to be gone, oldest first. */
export async function reminders(db: SchildwachtDB, days: number, now = new Date()): Promise<Reminder[]> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const old = await db.notices.where('date').belowOrEqual(cutoff).toArray();
  const out: Reminder[] = [];
  for (const notice of old) {
    const lastCheck = await db.checks.where('itemId').equals(notice.itemId).sortBy('at').then((cs) => cs.at(-1));
    if (needsReminder(notice, lastCheck, days, now)) out.push({ notice, lastCheck });
  }
  return out.sort((a, b) => a.notice.date.localeCompare(b.notice.date));
}
