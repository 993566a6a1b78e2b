import { t } from '../../components/t';
import { extensionDb } from '../../utils/db';
import { type NoticeStatus, noticeStatuses } from '../../utils/evidence/takedown';
import { setNoticeStatus, takedownOf } from '../../utils/evidence/takedown-actions';
import { platformName } from './Filters';
import { useLive } from './locker-db';
import { NoticeForm } from './NoticeForm';
import { OnlineCheck } from './OnlineCheck';
import { statusKey, timeline } from './takedown-labels';

/** Takedown follow-up of one item: its notices with their status, the online check and the timeline. */
export function Takedown({ itemId, platform }: { itemId: string; platform: string }) {
  const { value: history } = useLive(() => takedownOf(extensionDb(), itemId), [itemId]);
  if (!history) return null;
  const events = timeline(history);
  return (
    <section class="takedown" aria-labelledby="takedown-title">
      <h3 id="takedown-title">{t('takedownTitle')}</h3>
      <p class="hint">{t('takedownIntro')}</p>
      {!history.notices.length && <p>{t('noticeNone')}</p>}
      <ul class="notices">
        {history.notices.map((n) => (
          <li key={n.id} data-notice-status={n.status}>
            {n.date} · {n.platform} · {t(`route_${n.route}`)}{n.reference && ` · ${n.reference}`}{' '}
            <select aria-label={t('noticeStatusOf', n.platform)} value={n.status}
              onChange={(e) => void setNoticeStatus(extensionDb(), n.id, (e.target as HTMLSelectElement).value as NoticeStatus)}>
              {noticeStatuses.map((s) => <option value={s}>{t(statusKey(s))}</option>)}
            </select>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('noticeAdd')}</summary>
        <NoticeForm itemId={itemId} platform={platformName[platform] ?? platform} />
      </details>
      <OnlineCheck itemId={itemId} />
      {events.length > 0 && <>
        <h4>{t('timelineTitle')}</h4>
        <ol class="timeline">{events.map((e) => <li data-kind={e.kind}><time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 16)}</time> {e.text}</li>)}</ol>
      </>}
    </section>
  );
}
