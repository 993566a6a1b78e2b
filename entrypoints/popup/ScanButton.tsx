import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { type Response, send } from '../../utils/messaging';
import { targetTab } from './Popup';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: Response<'scanTab'> } | { kind: 'error'; message: string };

function resultText(r: Response<'scanTab'>): string {
  const own = t(r.mode === 'trainer' ? 'fxScanDoneTrainer' : 'fxScanDoneSelf', String(r.personal));
  return `${t('fxScanDone', String(r.findings))} ${own} ${t('fxScanScore', String(r.score))}${r.truncated ? ` ${t('fxScanTruncated')}` : ''}`;
}

/** "Scan deze pagina": the exposure scan of the current tab, and the way to the report. */
export function ScanButton() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const scan = async () => {
    setState({ kind: 'busy' });
    try {
      const tab = await targetTab();
      if (tab?.id === undefined) throw new Error(t('fxScanNotPossible'));
      setState({ kind: 'done', result: await send(browser.runtime, { type: 'scanTab', tabId: tab.id }) });
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <section class="scan" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('fxScanHeading')}</h2>
      <button type="button" onClick={() => void scan()} disabled={state.kind === 'busy'}>{t('fxScanButton')}</button>
      <p aria-live="polite" data-testid="scan-result" class={state.kind === 'error' ? 'error' : undefined}>
        {state.kind === 'busy' && t('fxScanBusy')}
        {state.kind === 'done' && resultText(state.result)}
        {state.kind === 'error' && state.message}
      </p>
      <button type="button" class="secondary" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}>
        {t('fxOpenReport')}
      </button>
    </section>
  );
}
