import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { verifyChains } from '../../../utils/evidence/custody';
import { storeCapture } from '../../../utils/evidence/store';
import { addNotice, recordCheck, reminders, setNoticeStatus, takedownOf } from '../../../utils/evidence/takedown-actions';
import { item } from './make-item';

let db: SchildwachtDB;
beforeEach(() => { db = new SchildwachtDB(`t-${crypto.randomUUID()}`); });
afterEach(async () => { await db.delete(); });

const day = (d: string) => new Date(`${d}T10:00:00.000Z`);
async function captured(at = day('2026-11-01')) {
  const { item: it1, files } = item(at);
  await storeCapture(db, it1, files, 'vastgelegd', at);
  return it1.id;
}
const notice = { date: '2026-11-02', platform: 'X', route: 'dsa16', reference: 'X-REF-88231', status: 'gemeld' } as const;

describe('takedown follow-up', () => {
  it('records a notice and each status change as separate records, each in the custody log', async () => {
    const id = await captured();
    const n = await addNotice(db, id, notice, day('2026-11-02'));
    await setNoticeStatus(db, n.id, 'in-behandeling', day('2026-11-04'));
    await setNoticeStatus(db, n.id, 'in-behandeling', day('2026-11-05')); // no change, no entry
    const done = await setNoticeStatus(db, n.id, 'verwijderd', day('2026-11-09'));
    expect(done.history.map((h) => h.status)).toEqual(['gemeld', 'in-behandeling', 'verwijderd']);
    expect((await db.items.get(id))!.metadata.text).toBe('We weten waar je woont'); // the original is untouched
    const log = await db.custody.where('itemId').equals(id).sortBy('seq');
    expect(log.map((e) => e.action)).toEqual(['capture', 'notice', 'notice', 'notice']);
    expect(log[1]!.detail).toBe(`melding ${n.id}: 2026-11-02, X, melding DSA art. 16, kenmerk X-REF-88231, status gemeld`);
    expect(log[3]!.detail).toBe(`melding ${n.id}: status in-behandeling -> verwijderd`);
    expect(await verifyChains(log)).toEqual({ ok: true });
  });

  it('refuses a malformed notice and stores nothing of it', async () => {
    const id = await captured();
    await expect(addNotice(db, id, { ...notice, date: '2026-13-45' })).rejects.toThrow();
    await expect(addNotice(db, id, { ...notice, platform: '  ' })).rejects.toThrow(/Platform ontbreekt/);
    await expect(addNotice(db, crypto.randomUUID(), notice)).rejects.toThrow(/Item niet gevonden/);
    expect(await db.notices.count()).toBe(0);
    expect(await db.custody.count()).toBe(1);
  });

  it('logs every online check with its time and result', async () => {
    const id = await captured();
    await recordCheck(db, id, 'online', 'het bericht staat er nog (zelfde bericht-id)', day('2026-11-10'));
    await recordCheck(db, id, 'onbekend', 'inlogscherm', day('2026-11-11'));
    const { checks } = await takedownOf(db, id);
    expect(checks.map((c) => [c.at, c.result])).toEqual([['2026-11-10T10:00:00.000Z', 'online'], ['2026-11-11T10:00:00.000Z', 'onbekend']]);
    const log = await db.custody.where('itemId').equals(id).sortBy('seq');
    expect(log.slice(1).map((e) => e.detail)).toEqual([`online-controle ${checks[0]!.id}: online (het bericht staat er nog (zelfde bericht-id))`, `online-controle ${checks[1]!.id}: onbekend (inlogscherm)`]);
  });

  it('reminds of open notices older than the chosen days whose post is online or unknown', async () => {
    const [a, b, c, d] = [await captured(), await captured(), await captured(), await captured()];
    await addNotice(db, a, { ...notice, date: '2026-11-01' });                       // old, never checked
    await addNotice(db, b, { ...notice, date: '2026-11-01' });
    await recordCheck(db, b, 'verwijderd', 'pagina bestaat niet', day('2026-11-05')); // gone
    await addNotice(db, c, { ...notice, date: '2026-11-01', status: 'afgewezen' });  // closed, but the officer may still want to know; not a reminder
    const recent = await addNotice(db, d, { ...notice, date: '2026-11-08' });         // younger than 7 days
    const now = day('2026-11-10');
    expect((await reminders(db, 7, now)).map((r) => r.notice.itemId)).toEqual([a]);
    expect((await reminders(db, 1, now)).map((r) => r.notice.itemId).sort()).toEqual([a, d].sort());
    await recordCheck(db, a, 'online', 'het bericht staat er nog', day('2026-11-09'));
    expect((await reminders(db, 7, now))[0]!.lastCheck?.result).toBe('online');
    await setNoticeStatus(db, recent.id, 'verwijderd');
    expect((await reminders(db, 1, now)).map((r) => r.notice.itemId)).toEqual([a]);
  });
});
