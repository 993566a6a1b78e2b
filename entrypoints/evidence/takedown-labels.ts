import { t } from '../../components/t';
import type { Notice, NoticeStatus, OnlineCheck } from '../../utils/evidence/takedown';
import type { TakedownHistory } from '../../utils/evidence/takedown-actions';

/** The message key of a status ('in-behandeling' has no dash in a message name). */
export const statusKey = (s: NoticeStatus) => (s === 'in-behandeling' ? 'noticeStatus_inBehandeling' : (`noticeStatus_${s}` as const));

export interface TimelineEvent { at: string; text: string; kind: 'notice' | 'status' | 'check' }

function noticeEvents(n: Notice): TimelineEvent[] {
  const [first, ...later] = n.history;
  return [
    { at: first!.at, kind: 'notice', text: t('timelineNotice', n.date, `${n.platform}, ${t(`route_${n.route}`)}`, n.reference || '—', t(statusKey(first!.status))) },
    ...later.map((h) => ({ at: h.at, kind: 'status' as const, text: t('timelineStatus', n.platform, t(statusKey(h.status))) })),
  ];
}

const checkEvent = (c: OnlineCheck): TimelineEvent => ({ at: c.at, kind: 'check', text: t('timelineCheck', t(`check_${c.result}`), c.reason) });

/** Notices, their status changes and the online checks, oldest first. */
export function timeline(h: TakedownHistory): TimelineEvent[] {
  return [...h.notices.flatMap(noticeEvents), ...h.checks.map(checkEvent)].sort((a, b) => a.at.localeCompare(b.at));
}
