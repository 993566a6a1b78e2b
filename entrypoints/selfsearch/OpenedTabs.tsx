import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import type { SearchLink } from '../../utils/findability/search';
import { scanOpened } from './scan-opened';

export interface Opened {
  tabId: number;
  link: SearchLink;
}

function OpenedItem({ item }: { item: Opened }) {
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const scan = () =>
    scanOpened(item.tabId, item.link.url).then(
      (r) => setResult({ text: t('fxDemoScanned', String(r.findings), String(r.personal), String(r.score)), error: false }),
      () => setResult({ text: t('fxSelfSearchScanFailed'), error: true }),
    );
  return (
    <li>
      <span>{item.link.name}</span>
      <button type="button" onClick={() => void scan()}>{t('fxSelfSearchScanTab')}</button>
      {result && <span data-error={result.error}>{result.text}</span>}
    </li>
  );
}

/** The searches the officer opened, each with a scan on demand. */
export function OpenedTabs({ opened }: { opened: Opened[] }) {
  if (!opened.length) return null;
  return (
    <section aria-labelledby="opened-title">
      <h2 id="opened-title">{t('fxSelfSearchOpened')}</h2>
      <p class="note">{t('fxSelfSearchScanHint')}</p>
      <ul class="opened">{opened.map((o) => <OpenedItem key={o.tabId} item={o} />)}</ul>
    </section>
  );
}
