import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import { extensionDb } from '../../utils/db';
import { type NoticeInput, noticeRoutes, noticeStatuses } from '../../utils/evidence/takedown';
import { addNotice } from '../../utils/evidence/takedown-actions';
import { statusKey } from './takedown-labels';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a notice to the platform (or an order) for the item. */
export function NoticeForm({ itemId, platform }: { itemId: string; platform: string }) {
  const [input, setInput] = useState<NoticeInput>({ date: today(), platform, route: 'dsa16', reference: '', status: 'gemeld' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof NoticeInput>(k: K) => (e: Event) => setInput({ ...input, [k]: (e.target as HTMLInputElement).value });
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await addNotice(extensionDb(), itemId, input);
      setInput({ ...input, reference: '' });
      setMessage({ ok: true, text: t('noticeSaved') });
    } catch (err) {
      const issue = (err as { issues?: { message: string }[] }).issues?.[0]?.message;
      setMessage({ ok: false, text: t('lockerError', issue ?? (err instanceof Error ? err.message : String(err))) });
    }
  };
  return (
    <form class="notice-form" onSubmit={save}>
      <label>{t('noticeDate')}<input type="date" required value={input.date} onInput={set('date')} /></label>
      <label>{t('noticePlatform')}<input required maxLength={100} value={input.platform} onInput={set('platform')} /></label>
      <label>{t('noticeRoute')}
        <select value={input.route} onChange={set('route')}>{noticeRoutes.map((r) => <option value={r}>{t(`route_${r}`)}</option>)}</select>
      </label>
      <label>{t('noticeReference')}<input maxLength={200} value={input.reference} onInput={set('reference')} /></label>
      <label>{t('noticeStatus')}
        <select value={input.status} onChange={set('status')}>{noticeStatuses.map((s) => <option value={s}>{t(statusKey(s))}</option>)}</select>
      </label>
      <button type="submit">{t('noticeAdd')}</button>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
