import type { CustodyEntry } from '../evidence/custody';
import { checkDetail, noticeDetail, routeLabel } from '../evidence/takedown';
import type { Manifest, ManifestTakedown } from './manifest';
import type { Problem } from './verify';

type ManifestNotice = ManifestTakedown['notices'][number];

/** One notice or check the verifiers list as found in the custody log (one that is not is only a problem). */
export interface TakedownEvent { itemNumber: number; at: string; kind: 'notice' | 'check'; text: string }

/** The custody lines a notice's history must have left: its recording, then each status change. */
function noticeLines(itemId: string, n: ManifestNotice): { at: string; detail: string }[] {
  const [first, ...later] = n.history;
  const lines = [{ at: first!.at, detail: noticeDetail({ ...n, itemId, status: first!.status }) }];
  later.forEach((h, i) => lines.push({ at: h.at, detail: `melding ${n.id}: status ${n.history[i]!.status} -> ${h.status}` }));
  return lines;
}

/**
 * The takedown history in manifest.json must be what the hash-chained custody log recorded: every
 * notice, status change and online check has its line, with the same time and values, and a
 * notice's status is the last of its history. What is proven is agreement with the log (and,
 * with a trusted timestamp, that both existed then), not what the platform did.
 */
export function checkTakedown(manifest: Manifest, custody: readonly CustodyEntry[], problems: Problem[]): TakedownEvent[] {
  const events: TakedownEvent[] = [];
  for (const it of manifest.items) {
    const log = custody.filter((e) => e.itemId === it.id);
    const logged = (action: CustodyEntry['action'], at: string, detail: string) => log.some((e) => e.action === action && e.at === at && e.detail === detail);
    for (const n of (it.takedown?.notices ?? [])) {
      const backed = n.history.at(-1)!.status === n.status && noticeLines(it.id, n).every((l) => logged('notice', l.at, l.detail));
      if (!backed) problems.push({ code: 'takedownUnbacked', detail: `item ${it.number}: melding ${n.id}` });
      else events.push({ itemNumber: it.number, at: n.history[0]!.at, kind: 'notice', text: `${n.date}, ${n.platform}, ${routeLabel[n.route]}, kenmerk ${n.reference || '-'}; status: ${n.history.map((h) => h.status).join(' → ')}` });
    }
    for (const c of (it.takedown?.checks ?? [])) {
      if (!logged('online-check', c.at, checkDetail({ ...c, itemId: it.id }))) problems.push({ code: 'takedownUnbacked', detail: `item ${it.number}: online-controle ${c.id}` });
      else events.push({ itemNumber: it.number, at: c.at, kind: 'check', text: `${c.result} (${c.reason})` });
    }
  }
  return events;
}
