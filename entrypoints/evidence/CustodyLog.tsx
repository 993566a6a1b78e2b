import { t } from '../../components/t';
import type { CustodyEntry } from '../../utils/evidence/custody';

const actionKey = (a: CustodyEntry['action']) => (a === 'verify-failed' ? 'custody_verifyFailed' : (`custody_${a}` as const));

/** The item's hash-chained custody log, oldest first. */
export function CustodyLog({ entries }: { entries: CustodyEntry[] }) {
  return (
    <section>
      <h3>{t('detailCustody')}</h3>
      <ol class="custody">
        {entries.map((e) => (
          <li key={e.seq} data-action={e.action}>
            <time dateTime={e.at}>{e.at}</time> <strong>{t(actionKey(e.action))}</strong>
            <span class="detail-text">{e.detail}</span>
            <code class="prev" title="sha256 van de vorige regel">{e.prev.slice(0, 16)}…</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
