import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/t';
import type { ExportRecord } from '../../utils/db';
import { extensionDb } from '../../utils/db';

/**
 * "Originelen voor de politie": for an earlier export onder nummer, a full bundle with the originals
 * it withheld (the unredacted screenshot, the page archive), which both verifiers check against
 * the hashes that bundle committed. For the police, never for the dossier.
 */
export function OriginalsExport() {
  const [records, setRecords] = useState<ExportRecord[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void extensionDb().exports.orderBy('created').reverse().limit(20).toArray().then(setRecords), []);
  if (!records.length) return null;
  const run = async (record: ExportRecord) => {
    setBusy(true);
    setMessage(null);
    try {
      const [{ manifestSchema }, { download, runExport }] = await Promise.all([import('../../utils/bundle/manifest'), import('./export-run')]);
      const ids = manifestSchema.parse(JSON.parse(record.manifest)).items.map((i) => i.id);
      const done = await runExport(ids, false, () => undefined, null, record);
      const fileName = done.fileName.replace('bijlage', 'originelen');
      download(done.blob, fileName);
      setMessage({ ok: true, text: t('originalsDone', fileName) });
    } catch (err) {
      setMessage({ ok: false, text: t('exportFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="originals">
      <summary>{t('originalsTitle')}</summary>
      <p class="hint">{t('originalsHint')}</p>
      <ul>
        {records.map((r) => (
          <li key={r.bundleId}>
            {t('originalsOf', r.created.slice(0, 16).replace('T', ' '), r.bundleId.slice(0, 8), r.fingerprint.slice(0, 16))}{' '}
            <button type="button" class="secondary" disabled={busy} onClick={() => void run(r)}>{t('originalsButton')}</button>
          </li>
        ))}
      </ul>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </details>
  );
}
