import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { extensionDb } from '../../utils/db';
import type { LockerActionProps } from './actions';
import type { Progress } from './export-run';
import { InPostChoices, type Keep } from './InPostChoices';
import { OriginalsExport } from './OriginalsExport';

type Bar = { value: number; text: string };

/** The officer's personnel number and export settings; their code (the schemas) loads after the list has painted. */
async function exportDefaults() {
  const [{ loadProfile }, { loadSettings }] = await Promise.all([import('../../utils/profile-store'), import('../../utils/settings')]);
  return Promise.all([loadProfile(extensionDb(), browser.storage.local), loadSettings(browser.storage.local)]);
}

/**
 * "Exporteer voor aangifte": the selected items, or every item of the current case/filter
 * when none is selected, as one bundle ZIP. Never asks a question on the way: a missing
 * personnel number is only a hint (the report leaves that line blank).
 */
export function ExportAction({ selected, filter }: LockerActionProps) {
  const [bar, setBar] = useState<Bar | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [personnel, setPersonnel] = useState<string | null>(null);
  const [tsaUrl, setTsaUrl] = useState<string | null>(null);
  const [withTimestamp, setWithTimestamp] = useState(false);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [onder, setOnder] = useState(false);
  const [keep, setKeep] = useState<Keep>({});
  useEffect(() => {
    void exportDefaults().then(([p, s]) => {
      setPersonnel(p.personnelNumber);
      setOnder(!!p.personnelNumber && s.defaultExportMode === 'onderNummer');
      setTsaUrl(s.tsaUrl);
    });
  }, []);
  const progress: Progress = ({ phase, done, total }) => setBar(phase === 'items'
    ? { value: 0.9 * (done / Math.max(total, 1)), text: t('exportProgressItems', String(Math.min(done + 1, total)), String(total)) }
    : phase === 'report' ? { value: 0.93, text: t('exportProgressReport') } : { value: 0.97 + 0.03 * done, text: t('exportProgressFinish') });
  const run = async () => {
    setMessage(null);
    setFingerprint(null);
    setBar({ value: 0, text: '' });
    try {
      const { download, exportScope, runExport } = await import('./export-run');
      const ids = await exportScope(selected, filter);
      if (!ids.length) throw new Error(t('exportNoItems'));
      const done = await runExport(ids, withTimestamp, progress, onder ? { keep } : null);
      download(done.blob, done.fileName);
      setMessage({ ok: true, text: t('exportDone', String(done.count), done.fileName) });
      setFingerprint(done.fingerprint);
    } catch (err) {
      setMessage({ ok: false, text: t('exportFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setBar(null);
    }
  };
  return (
    <div class="export-action">
      <button type="button" onClick={() => void run()} disabled={bar !== null}>{t('exportButton')}</button>
      <p class="hint">{selected.length ? t('exportScopeSelected', String(selected.length)) : t('exportScopeFilter')}</p>
      {personnel === '' && <p class="hint warn" data-testid="export-no-number">{t('exportNoPersonnelNumber')}</p>}
      <label><input type="checkbox" name="onderNummer" checked={onder} onChange={(e) => setOnder(e.currentTarget.checked)} />{t('exportOnderNummer')}</label>
      {onder && <InPostChoices selected={selected} filter={filter} keep={keep} onChange={setKeep} />}
      {tsaUrl && (
        <label><input type="checkbox" checked={withTimestamp} onChange={(e) => setWithTimestamp(e.currentTarget.checked)} />
          {t('exportWithTimestamp', new URL(tsaUrl).host)}</label>
      )}
      {bar && <p><progress max={1} value={bar.value} aria-label={t('exportProgressLabel')} /> <span aria-live="polite">{bar.text}</span></p>}
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      {fingerprint && <Fingerprint value={fingerprint} />}
      <OriginalsExport key={fingerprint} />
      <a href="verify.html">{t('exportOpenVerify')}</a>
    </div>
  );
}

/** The bundle's fingerprint, the anchor outside the bundle: the officer copies it into the aangifte. */
function Fingerprint({ value }: { value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(t('exportFingerprintSentence', value));
    setCopied(true);
  };
  return (
    <div class="fingerprint">
      <p>{t('exportFingerprint')}</p>
      <p class="mono" data-testid="export-fingerprint">{value}</p>
      <button type="button" class="secondary" onClick={() => void copy()}>{t('exportCopyFingerprint')}</button>
      {copied && <span role="status"> {t('exportCopied')}</span>}
    </div>
  );
}
