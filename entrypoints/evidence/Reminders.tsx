import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { extensionDb } from '../../utils/db';
import { reminders } from '../../utils/evidence/takedown-actions';
import { loadSettings, updateSettings } from '../../utils/settings';
import { useLive } from './locker-db';
import { statusKey } from './takedown-labels';

async function load(days: number) {
  const db = extensionDb();
  const list = await reminders(db, days);
  const items = await db.items.bulkGet(list.map((r) => r.notice.itemId));
  return list.map((r, i) => ({ ...r, author: items[i]?.metadata.author.name ?? items[i]?.metadata.author.handle ?? items[i]?.metadata.url ?? '?' }));
}

/** Notices to follow up: older than the officer's number of days, the post online or not known to be gone. */
export function Reminders() {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => void loadSettings(browser.storage.local).then((s) => setDays(s.reminderDays)), []);
  const { value: list } = useLive(async () => (days === null ? null : load(days)), [days]);
  if (days === null || !list) return null;
  const change = (e: Event) => {
    const n = Number((e.target as HTMLInputElement).value);
    if (Number.isInteger(n) && n >= 1 && n <= 365) { setDays(n); void updateSettings(browser.storage.local, { reminderDays: n }); }
  };
  return (
    <section class="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('remindersTitle')}</h2>
      <label>{t('remindersDays')} <input type="number" min={1} max={365} value={days} onChange={change} /></label>
      {list.length ? <>
        <p>{t('remindersIntro', String(days))}</p>
        <ul>{list.map((r) => (
          <li key={r.notice.id} data-reminder={r.notice.itemId}>
            <a href={`#item=${r.notice.itemId}`}>{t('reminderItem', r.author, r.notice.date, r.notice.platform, t(statusKey(r.notice.status)),
              r.lastCheck ? `${t(`check_${r.lastCheck.result}`)} (${r.lastCheck.at.slice(0, 10)})` : t('reminderNeverChecked'))}</a>
          </li>
        ))}</ul>
      </> : <p>{t('remindersNone')}</p>}
    </section>
  );
}
