import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/t';
import { type ChainCheck, type CustodyEntry, verifyChains } from '../../utils/evidence/custody';

const actionKey = (a: CustodyEntry['action']) => (a === 'verify-failed' ? 'custody_verifyFailed' : a === 'online-check' ? 'custody_onlineCheck' : (`custody_${a}` as const));

/** The item's hash-chained custody log, oldest first, with the outcome of checking the chain. */
export function CustodyLog({ entries }: { entries: CustodyEntry[] }) {
  const key = entries.map((e) => `${e.seq}:${e.prev}`).join();
  const [check, setCheck] = useState<ChainCheck | null>(null);
  useEffect(() => {
    let live = true;
    void verifyChains(entries).then((c) => live && setCheck(c));
    return () => { live = false; };
  }, [key]);
  return (
    <section>
      <h3>{t('detailCustody')}</h3>
      {check && (check.ok
        ? <p class="chain-ok">{t('detailChainOk')}</p>
        : <p role="alert">{t('detailChainBroken', String(check.seq), check.reason)}</p>)}
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
