import type { SchildwachtDB } from '../db';
import { offenceArticle } from '../evidence/model';
import type { ExportOptions } from './export';
import type { Manifest, ManifestFile, ManifestTakedown, Withheld } from './manifest';
import type { TakedownHistory } from '../evidence/takedown-actions';
import { BUNDLE, FORMAT, FORMAT_VERSION, itemDir } from './paths';
import type { ExportItem } from './stored-files';

/** The case reference of an export: the case all items belong to, when there is exactly one. */
export async function caseOf(db: SchildwachtDB, items: readonly ExportItem[]): Promise<string | null> {
  const ids = new Set(items.map((x) => x.item.caseId));
  const only = ids.size === 1 ? [...ids][0] : null;
  if (!only) return null;
  const record = await db.cases.get(only);
  return record ? `${record.title} (${record.id})` : only;
}

/** An item's takedown follow-up as manifest.json and report.pdf carry it (the item id is the item's). */
export function manifestTakedownOf(t: TakedownHistory): ManifestTakedown {
  return { notices: t.notices.map(({ itemId: _, ...n }) => n), checks: t.checks.map(({ itemId: _, ...c }) => c) };
}

/** manifest.json of an export; the caller validates it against manifestSchema. */
export function buildManifest(o: ExportOptions, bundleId: string, created: Date, items: readonly ExportItem[], files: ManifestFile[], caseRef: string | null, withheld: Withheld[] = []): Manifest {
  return {
    format: FORMAT, version: FORMAT_VERSION, bundleId, created: created.toISOString(),
    tool: { name: 'Schildwacht', version: o.env.toolVersion }, browser: o.env.browser, os: o.env.os,
    caseReference: caseRef, personnelNumber: o.personnelNumber || null,
    onderNummer: !!o.onderNummer, withheld,
    originalsOf: o.originalsOf ? { bundleId: o.originalsOf.bundleId, fingerprint: o.originalsOf.fingerprint, manifest: BUNDLE.onderNummerManifest } : null,
    items: items.map((x, i) => ({
      id: x.item.id, number: i + 1, dir: itemDir(i, items.length, x.item.id), platform: x.item.metadata.platform,
      url: x.item.metadata.url, capturedAt: x.item.metadata.capturedAt,
      author: x.item.metadata.author.name ?? x.item.metadata.author.handle,
      offence: x.annotation?.offence ?? null, offenceArticle: x.annotation?.offence ? offenceArticle[x.annotation.offence] || null : null,
      takedown: manifestTakedownOf(x.takedown),
    })),
    files,
    timestamp: o.timestamper ? { token: BUNDLE.tsToken, chain: BUNDLE.tsChain, imprintOf: 'manifest.json', hashAlgorithm: 'sha-256', tsaUrl: o.timestamper.tsaUrl } : null,
  };
}
