import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { type Response, send } from '../../utils/messaging';

type State = { busy: true } | { busy: false; check?: Response<'checkOnline'>; recaptured?: string; error?: string };

/**
 * "Controleer of het nog online staat": only on this click, the background opens the URL in a tab
 * and reads it. When the post is still there, one more click captures it again, linked to this item.
 */
export function OnlineCheck({ itemId }: { itemId: string }) {
  const [state, setState] = useState<State>({ busy: false });
  const run = async <T,>(job: () => Promise<T>, done: (r: T) => State) => {
    setState({ busy: true });
    try {
      setState(done(await job()));
    } catch (err) {
      setState({ busy: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
  const check = () => run(() => send(browser.runtime, { type: 'checkOnline', itemId }), (c) => ({ busy: false, check: c }));
  const again = () => run(() => send(browser.runtime, { type: 'recapture', itemId }), (r) =>
    (r.ok ? { busy: false, recaptured: r.itemId } : { busy: false, error: r.detail || r.reason }));
  return (
    <div class="online-check">
      <button type="button" class="secondary" disabled={state.busy} onClick={() => void check()}>{t('checkOnline')}</button>
      <p class="hint">{t('checkOnlineHint')}</p>
      {state.busy && <p role="status" aria-busy="true">{t('checkBusy')}</p>}
      {!state.busy && state.check && <p role="status" data-check={state.check.result}>{t('checkResult', t(`check_${state.check.result}`), state.check.reason)}</p>}
      {!state.busy && state.check?.tabKept && !state.recaptured && <button type="button" onClick={() => void again()}>{t('recaptureButton')}</button>}
      {!state.busy && state.recaptured && <p role="status">{t('recaptureDone')} <a href={`#item=${state.recaptured}`}>{t('recaptureOpen')}</a></p>}
      {!state.busy && state.error && <p role="alert">{t('lockerError', state.error)}</p>}
    </div>
  );
}
