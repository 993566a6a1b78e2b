import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { useTrainerMode } from '../../components/trainer-mode';
import { persona } from '../../utils/findability/persona';
import type { FindabilityReport } from '../../utils/findability/report';
import { ChainView } from './ChainView';
import { clearScans, loadReport } from './load';
import { ScoreCard } from './ScoreCard';
import { SourceList } from './SourceList';

/** The findability report: score, the chain from name to door, and every source with advice. */
export function Report() {
  const trainer = useTrainerMode();
  const [report, setReport] = useState<FindabilityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mode = trainer ? 'trainer' : 'self';
  const refresh = useCallback(() => {
    if (trainer === null) return;
    loadReport(mode).then(setReport, (err: unknown) => setError(t('fxReportLoadFailed', String(err))));
  }, [trainer, mode]);
  useEffect(() => {
    refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);
  const clear = async () => {
    if (!confirm(t('fxReportClearConfirm'))) return;
    await clearScans(mode);
    refresh();
  };
  if (trainer === null) return null;
  return (
    <>
      <header class="report-header">
        <h1>{t('fxReportTitle')}</h1>
        <p class="mode" data-testid="report-mode">{trainer ? t('fxReportModeTrainer', persona.name) : t('fxReportModeSelf')}</p>
        <p class="date">{t('fxReportDate', new Date().toLocaleString(document.documentElement.lang || 'nl'))}</p>
        <div class="actions no-print">
          <button type="button" onClick={() => print()}>{t('fxReportPrint')}</button>
          <button type="button" class="secondary" onClick={refresh}>{t('fxReportRefresh')}</button>
          <button type="button" class="secondary" onClick={() => void clear()}>{t('fxReportClear')}</button>
          <a class="button secondary" href={browser.runtime.getURL('/selfsearch.html')}>{t('fxSelfSearchLink')}</a>
        </div>
      </header>
      <main class="report">
        {error && <p role="alert">{error}</p>}
        {report && report.sources.length === 0 && <p data-testid="report-empty">{t('fxReportEmpty')}</p>}
        {report && report.sources.length > 0 && (
          <>
            <ScoreCard score={report.score} />
            <ChainView report={report} />
            <SourceList sources={report.sources} />
          </>
        )}
      </main>
    </>
  );
}
