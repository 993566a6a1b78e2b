import { browser } from 'wxt/browser';
import type { ExportPhase } from '../../utils/bundle/export';
import type { OnderNummer } from '../../utils/bundle/onder-nummer';
import type { ExportRecord } from '../../utils/db';
import { type LockerFilter, listItems } from '../../utils/evidence/locker';
import { loadSettings } from '../../utils/settings';
import { loadProfile } from '../../utils/profile-store';
import { extensionDb } from '../../utils/db';

export interface ExportDone { blob: Blob; fileName: string; count: number; fingerprint: string }
export type Progress = (p: { phase: ExportPhase; done: number; total: number }) => void;

/** Every item id the locker shows for a filter (used when the officer selected nothing). */
async function idsForFilter(filter: LockerFilter): Promise<string[]> {
  const ids: string[] = [];
  let page = await listItems(extensionDb(), filter, null, 500);
  ids.push(...page.items.map((i) => i.id));
  while (page.next) {
    page = await listItems(extensionDb(), filter, page.next, 500);
    ids.push(...page.items.map((i) => i.id));
  }
  return ids;
}

/** What an export takes: the selected items, or every item of the filter when none is selected. */
export async function exportScope(selected: readonly string[], filter: LockerFilter): Promise<string[]> {
  return selected.length ? [...selected] : idsForFilter(filter);
}

/**
 * Builds the bundle for an aangifte in this page (blobs never cross a message). The export
 * code (pdf-lib, the verifier page) is loaded only when the officer exports. The TSA is
 * contacted only when the officer ticked the timestamp option.
 */
export async function runExport(
  ids: string[], withTimestamp: boolean, onProgress: Progress, onderNummer: OnderNummer | null = null, originalsOf: ExportRecord | null = null,
): Promise<ExportDone> {
  const [{ exportBundle }, { verifierHtml }, { BlobSink }, { envFromUserAgent }, tsa] = await Promise.all([
    import('../../utils/bundle/export'), import('../../utils/bundle/verify-page/verifier-html'),
    import('../../utils/bundle/zip-stream'), import('../../utils/bundle/env'), import('../../utils/bundle/timestamp/request'),
  ]);
  const { withPins } = await import('../../utils/bundle/verify-page/pins-embed');
  const [profile, settings] = await Promise.all([loadProfile(extensionDb(), browser.storage.local), loadSettings(browser.storage.local)]);
  const sink = new BlobSink();
  const result = await exportBundle({
    db: extensionDb(), itemIds: ids, sink, verifierHtml: withPins(verifierHtml, settings.tsaPins), onProgress,
    env: envFromUserAgent(navigator.userAgent, browser.runtime.getManifest().version, navigator.platform),
    personnelNumber: profile.personnelNumber || null,
    timestamper: withTimestamp && settings.tsaUrl ? tsa.makeTimestamper(settings.tsaUrl, tsa.fetchPost) : undefined,
    onderNummer: onderNummer ? { choice: onderNummer, profile } : null,
    originalsOf,
    dsaNoticeEmail: settings.dsaNoticeEmail,
  });
  return { blob: sink.blob(), fileName: result.fileName, count: result.manifest.items.length, fingerprint: result.fingerprint };
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
