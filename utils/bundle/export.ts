import type { ExportRecord, SchildwachtDB } from '../db';
import { custodyLine, verifyChains } from '../evidence/custody';
import { sha256OfBytes as sha256Hex, sha256Raw } from './digest';
import { appendCustody } from '../evidence/store';
import { custodyOf } from './custody-append';
import { writeItem } from './item-writer';
import type { Profile } from '../profile';
import { type Manifest, type ManifestFile, type Withheld, manifestJsonSchema, manifestSchema } from './manifest';
import { refuseLeaks } from './leak-check';
import type { OnderNummer } from './onder-nummer';
import { buildManifest, caseOf, manifestTakedownOf } from './manifest-build';
import { BUNDLE, itemDir } from './paths';
import type { ReportItem } from './report/report';
import { type ReportSource, streamReport } from './report/stream';
import { formatSums } from './sha256sums';
import { type ExportItem, loadExportItems } from './stored-files';
import { type ZipSink, ZipStream } from './zip-stream';
import { parseTimestamp, signerName } from './timestamp/token';

export interface ExportEnv {
  toolVersion: string;
  browser: Manifest['browser'];
  os: Manifest['os'];
}

/** Asks a timestamp authority for an RFC 3161 token over a SHA-256 digest (only when the officer asked). */
export interface Timestamper {
  tsaUrl: string;
  stamp(sha256: Uint8Array): Promise<{ token: Uint8Array; chainPem: string }>;
}

export type ExportPhase = 'items' | 'report' | 'finish';
export interface ExportOptions {
  db: SchildwachtDB;
  itemIds: readonly string[];
  sink: ZipSink;
  env: ExportEnv;
  /** verify.html as shipped with the extension (utils/bundle/verify-page). */
  verifierHtml: string;
  personnelNumber: string | null;
  caseReference?: string | null;
  timestamper?: Timestamper;
  /** Export onder nummer: originals that could show the officer withheld, derived copies given; needs the profile. */
  onderNummer?: { choice: OnderNummer; profile: Profile } | null;
  /** "Originelen voor de politie": the export onder nummer whose withheld originals this full bundle delivers. */
  originalsOf?: ExportRecord | null;
  /** The organisation's e-mail, filled in as the notifier of each DSA notice (never the officer's own). */
  dsaNoticeEmail?: string | null;
  now?: () => Date;
  onProgress?(p: { phase: ExportPhase; done: number; total: number }): void;
}

export interface ExportResult {
  bundleId: string;
  manifest: Manifest;
  fileName: string;
  /** SHA-256 of manifest.json: the officer puts it in the aangifte, so a receiver can tell this bundle from a forgery. */
  fingerprint: string;
}

/**
 * Builds one evidence bundle (shared/evidence-bundle.md) as a streaming ZIP into `sink`.
 * Throws VerifyFailedError (and logs it) when a stored file no longer matches its hash.
 */
export async function exportBundle(o: ExportOptions): Promise<ExportResult> {
  const now = o.now ?? (() => new Date());
  const created = now();
  const bundleId = crypto.randomUUID();
  const items = await loadExportItems(o.db, o.itemIds);
  if (!items.length) throw new Error('Geen items om te exporteren');
  const caseReference = o.caseReference ?? (await caseOf(o.db, items));
  if (o.onderNummer) await refuseLeaks(o.db, items, caseReference, o.onderNummer.profile, o.onderNummer.choice);
  const header = { bundleId, created: created.toISOString(), personnelNumber: o.personnelNumber || null, caseReference, toolVersion: o.env.toolVersion };
  const zip = new ZipStream(o.sink, created);
  try {
    const { files, withheld, sources } = await writeItems(o, zip, items, now);
    const custody = await writeCustody(o, zip, items, bundleId, now);
    files.push(custody.file);
    o.onProgress?.({ phase: 'finish', done: 0, total: 1 });
    files.push(await add(zip, BUNDLE.verifier, new TextEncoder().encode(o.verifierHtml), 'verifier'));
    files.push(await add(zip, BUNDLE.schema, new TextEncoder().encode(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`), 'schema'));
    if (o.originalsOf) files.push(await add(zip, BUNDLE.onderNummerManifest, new TextEncoder().encode(o.originalsOf.manifest), 'onder-nummer-manifest'));
    const manifest = manifestSchema.parse(buildManifest(o, bundleId, created, items, files, caseReference, withheld));
    const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    zip.add(BUNDLE.manifest, manifestBytes);
    const fingerprint = await sha256Hex(manifestBytes);
    const sums = [...files.map((f) => ({ path: f.path, sha256: f.sha256 })), { path: BUNDLE.manifest, sha256: fingerprint }];
    const stamp = o.timestamper ? await writeTimestamp(o.timestamper, zip, manifestBytes) : null;
    if (stamp) sums.push(...stamp.sums);
    // report.pdf comes after manifest.json, so that page 1 can print the bundle's fingerprint.
    sums.push(await streamReport(zip, BUNDLE.report, header, sources, { custodyIntact: custody.intact, seal: { fingerprint, timestamp: stamp?.seal ?? null } },
      (done) => o.onProgress?.({ phase: 'report', done, total: sources.length })));
    zip.addText(BUNDLE.sums, formatSums(sums));
    zip.end();
    // Kept so that the withheld originals can be delivered to the police later, checked against this manifest.
    if (o.onderNummer) await o.db.exports.put({ bundleId, created: created.toISOString(), fingerprint, manifest: new TextDecoder().decode(manifestBytes) });
    o.onProgress?.({ phase: 'finish', done: 1, total: 1 });
    return { bundleId, manifest, fingerprint, fileName: `schildwacht-bijlage-${created.toISOString().slice(0, 10)}-${bundleId.slice(0, 8)}.zip` };
  } catch (err) {
    zip.abort();
    throw err;
  }
}

function reportItems(items: readonly ExportItem[]): ReportItem[] {
  return items.map((x, i) => ({
    number: i + 1, dir: itemDir(i, items.length, x.item.id), metadata: x.item.metadata, annotation: x.annotation ?? null,
    takedown: manifestTakedownOf(x.takedown),
  }));
}

async function writeItems(o: ExportOptions, zip: ZipStream, items: readonly ExportItem[], now: () => Date) {
  const files: ManifestFile[] = [];
  const withheld: Withheld[] = [];
  const sources: ReportSource[] = [];
  const ri = reportItems(items);
  const ctx = { db: o.db, now, onder: o.onderNummer?.choice ?? null, notifierEmail: o.dsaNoticeEmail ?? null };
  for (const [i, x] of items.entries()) {
    o.onProgress?.({ phase: 'items', done: i, total: items.length });
    const written = await writeItem(zip, x, ri[i]!.dir, i + 1, ctx);
    files.push(...written.files);
    withheld.push(...written.withheld);
    sources.push({ item: ri[i]!, files: written.files, picture: written.picture });
  }
  o.onProgress?.({ phase: 'items', done: items.length, total: items.length });
  return { files, withheld, sources };
}

/** Logs the export in every item's custody chain, then writes the chains. */
async function writeCustody(o: ExportOptions, zip: ZipStream, items: readonly ExportItem[], bundleId: string, now: () => Date) {
  const ids = items.map((x) => x.item.id);
  for (const id of ids) await appendCustody(o.db, id, 'export', `geëxporteerd in bundel ${bundleId}`, undefined, now);
  const entries = await custodyOf(o.db, ids);
  const file = await add(zip, BUNDLE.custody, new TextEncoder().encode(entries.map((e) => `${custodyLine(e)}\n`).join('')), 'custody');
  return { file, intact: (await verifyChains(entries)).ok };
}

async function writeTimestamp(t: Timestamper, zip: ZipStream, manifestBytes: Uint8Array) {
  const digest = await sha256Raw(manifestBytes);
  const { token, chainPem } = await t.stamp(digest);
  zip.add(BUNDLE.tsToken, token);
  zip.addText(BUNDLE.tsChain, chainPem);
  const parsed = parseTimestamp(token);
  return {
    sums: [{ path: BUNDLE.tsToken, sha256: await sha256Hex(token) }, { path: BUNDLE.tsChain, sha256: await sha256Hex(new TextEncoder().encode(chainPem)) }],
    seal: { genTime: parsed.tst.genTime.toISOString(), tsa: signerName(parsed, t.tsaUrl) },
  };
}

async function add(zip: ZipStream, path: string, bytes: Uint8Array, role: ManifestFile['role']): Promise<ManifestFile> {
  zip.add(path, bytes);
  return { path, sha256: await sha256Hex(bytes), size: bytes.length, role, itemId: null };
}
