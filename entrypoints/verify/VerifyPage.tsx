import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { BundleReader } from '../../utils/bundle/reader';
import { type VerifyReport, verifyBundle } from '../../utils/bundle/verify';
import { readerFor, sourcesFromDrop, sourcesFromFiles } from '../../utils/bundle/verify-page/collect';
import { renderReport } from '../../utils/bundle/verify-page/render';
import { fill } from '../../utils/bundle/verify-page/texts';
import { ZipError } from '../../utils/bundle/unzip';
import { loadSettings } from '../../utils/settings';
import { ImportPanel } from './ImportPanel';
import { extensionVerifyTexts } from './texts';

type Sources = Awaited<ReturnType<typeof sourcesFromDrop>>;

/** Drop a bundle, see the same check as verify.html, and import a bundle that fully matches. */
export function VerifyPage() {
  const tx = extensionVerifyTexts();
  const result = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);
  const [checked, setChecked] = useState<{ reader: BundleReader; report: VerifyReport } | null>(null);
  const check = async (sources: Sources) => {
    if (!sources.length || !result.current) return;
    setChecked(null);
    result.current.replaceChildren();
    setStatus(fill(tx.busy, 0, sources.length));
    try {
      const reader = await readerFor(sources);
      const { tsaPins } = await loadSettings(browser.storage.local);
      const report = await verifyBundle(reader, { pins: tsaPins, onProgress: (done, total) => setStatus(fill(tx.busy, done, total)) });
      setStatus('');
      renderReport(document, result.current, report, tx);
      setChecked({ reader, report });
    } catch (err) {
      setStatus(fill(tx.problem_notZip, err instanceof ZipError ? err.message : String(err)));
    }
  };
  const onFiles = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (input.files) void check(sourcesFromFiles(input.files));
    input.value = '';
  };
  return (
    <main class="verify">
      <h1>{t('verifyPageTitle')}</h1>
      <p>{t('verifyPageIntro')}</p>
      <div class={`drop${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); if (e.dataTransfer) void sourcesFromDrop(e.dataTransfer).then(check); }}>
        <p>{tx.dropHere}</p>
        <label class="pick">{tx.chooseFiles}<input type="file" multiple data-testid="verify-files" onChange={onFiles} /></label>
        <label class="pick">{tx.chooseFolder}<input type="file" multiple {...{ webkitdirectory: true }} data-testid="verify-folder" onChange={onFiles} /></label>
      </div>
      <p class="progress-text" aria-live="polite">{status}</p>
      <div ref={result} class="result" />
      {checked && <ImportPanel key={checked.report.manifest?.bundleId} {...checked} />}
    </main>
  );
}
