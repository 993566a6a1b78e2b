import { type CustodyEntry, custodyEntrySchema, verifyChains } from '../evidence/custody';
import { checkMetadata } from './verify-items';
import { sha256OfBytes } from './digest';
import { type Manifest, manifestSchema } from './manifest';
import { BUNDLE, isLayoutPath, isSafePath } from './paths';
import type { BundleReader } from './reader';
import { parseSums } from './sha256sums';
import { type TimestampCheck, checkTimestamp } from './timestamp/check';
import type { TrustPin } from './timestamp/pins';
import { type CaptureStamp, checkCaptureStamps } from './verify-stamps';
import { type TakedownEvent, checkTakedown } from './verify-takedown';

export type FileStatus = 'ok' | 'mismatch' | 'missing' | 'extra' | 'unreadable';
export interface FileResult { path: string; status: FileStatus; expected: string | null; actual: string | null }
export type ProblemCode = 'noSums' | 'sumsInvalid' | 'manifestMissing' | 'manifestInvalid' | 'manifestDisagrees'
  | 'custodyMissing' | 'custodyInvalid' | 'custodyBroken' | 'metadataDisagrees' | 'timestamp' | 'unsafePath' | 'notInManifest'
  | 'outsideLayout' | 'notInSums' | 'captureTimestamp' | 'derivedUnanchored' | 'originalsUnanchored' | 'originalMismatch'
  | 'takedownUnbacked';
export interface Problem { code: ProblemCode; detail: string }

export interface VerifyReport {
  ok: boolean;
  files: FileResult[];
  problems: Problem[];
  manifest: Manifest | null;
  custody: { ok: boolean; entries: CustodyEntry[] };
  timestamp: TimestampCheck | null;
  /** SHA-256 of manifest.json: the bundle's fingerprint, to compare with the one in the aangifte. */
  fingerprint: string | null;
  /** Items whose pictures html2canvas reconstructed from the page (metadata.json pixelsFrom), not screen pixels. */
  reconstructed: number[];
  /** Timestamps taken right after capture, per item that has one. */
  captureStamps: CaptureStamp[];
  /** Notices and online checks (takedown follow-up) from manifest.json, each checked against the custody log. */
  takedown: TakedownEvent[];
  /** "Originelen voor de politie": how many withheld originals of the export onder nummer matched their committed hash. */
  originals?: { bundleId: string; fingerprint: string; matched: number; committed: number };
}

export interface VerifyOptions {
  onProgress?: (done: number, total: number) => void;
  /** Certificates the reader trusts for timestamps; without them a valid timestamp is amber. */
  pins?: readonly TrustPin[];
}

const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;

/**
 * Checks a bundle the way a receiver would: every file against SHA256SUMS, the
 * manifest against its schema and the sums, every item's metadata against its
 * files, the custody chain, and the trusted timestamp when there is one.
 */
export async function verifyBundle(r: BundleReader, o: VerifyOptions = {}): Promise<VerifyReport> {
  const problems: Problem[] = [];
  const has = new Set(r.paths);
  for (const p of r.paths) {
    if (!isSafePath(p)) problems.push({ code: 'unsafePath', detail: p });
    else if (!isLayoutPath(p)) problems.push({ code: 'outsideLayout', detail: p });
  }
  if (!has.has(BUNDLE.sums)) return unreadable({ code: 'noSums', detail: BUNDLE.sums }, problems);
  const sums = parseSums(new TextDecoder().decode(await r.read(BUNDLE.sums)));
  if (!sums.ok) return unreadable({ code: 'sumsInvalid', detail: sums.reason }, problems);
  const files = await hashAll(r, sums.entries, o.onProgress);
  const actual = new Map(files.map((f) => [f.path, f.actual]));
  const manifest = await readManifest(r, has, actual, problems);
  const custody = await checkCustody(r, has, manifest, problems);
  const reconstructed = manifest ? await checkMetadata(r, manifest, actual, custody.entries, problems) : [];
  if (manifest) checkDerived(manifest, problems);
  const takedown = manifest && custody.ok ? checkTakedown(manifest, custody.entries, problems) : [];
  const originals = manifest?.originalsOf ? await checkOriginals(r, manifest.originalsOf, actual, problems) : undefined;
  const captureStamps = manifest ? await checkCaptureStamps(r, manifest, o.pins ?? [], problems) : [];
  let timestamp: TimestampCheck | null = null;
  if (manifest?.timestamp) {
    timestamp = await checkTimestampFiles(r, has, manifest.timestamp, o.pins ?? []);
    if (!timestamp.ok) problems.push({ code: 'timestamp', detail: timestamp.reason });
  }
  return {
    ok: problems.length === 0 && files.every((f) => f.status === 'ok'), files, problems, manifest, custody, timestamp,
    fingerprint: actual.get(BUNDLE.manifest) ?? null, captureStamps, reconstructed, takedown, ...(originals ? { originals } : {}),
  };
}

/** Without a readable SHA256SUMS nothing else can be checked. */
function unreadable(first: Problem, problems: Problem[]): VerifyReport {
  return { ok: false, files: [], problems: [first, ...problems], manifest: null, custody: { ok: false, entries: [] }, timestamp: null, fingerprint: null, captureStamps: [], reconstructed: [], takedown: [] };
}

/**
 * Originals delivered for an export onder nummer: that export's manifest.json must be the one whose
 * fingerprint is named (and is in the aangifte), and every original it withheld must be here with
 * exactly the committed hash.
 */
async function checkOriginals(r: BundleReader, of: NonNullable<Manifest['originalsOf']>, actual: Map<string, string | null>, problems: Problem[]) {
  const base = { bundleId: of.bundleId, fingerprint: of.fingerprint, matched: 0, committed: 0 };
  if (actual.get(of.manifest) !== of.fingerprint) { problems.push({ code: 'originalsUnanchored', detail: of.manifest }); return base; }
  let committed: Manifest;
  try { committed = manifestSchema.parse(json(await r.read(of.manifest))); } catch { problems.push({ code: 'originalsUnanchored', detail: of.manifest }); return base; }
  if (committed.bundleId !== of.bundleId) problems.push({ code: 'originalsUnanchored', detail: of.manifest });
  let matched = 0;
  for (const w of committed.withheld) {
    if (actual.get(w.path) === w.sha256) matched++;
    else problems.push({ code: 'originalMismatch', detail: w.path });
  }
  return { ...base, matched, committed: committed.withheld.length };
}

async function hashAll(r: BundleReader, entries: { path: string; sha256: string }[], onProgress?: (d: number, t: number) => void) {
  const out: FileResult[] = [];
  const listed = new Set(entries.map((e) => e.path));
  for (const [i, e] of entries.entries()) {
    onProgress?.(i, entries.length);
    if (!r.paths.includes(e.path)) { out.push({ path: e.path, status: 'missing', expected: e.sha256, actual: null }); continue; }
    try {
      const actual = await sha256OfBytes(await r.read(e.path));
      out.push({ path: e.path, status: actual === e.sha256 ? 'ok' : 'mismatch', expected: e.sha256, actual });
    } catch {
      out.push({ path: e.path, status: 'unreadable', expected: e.sha256, actual: null });
    }
  }
  for (const p of r.paths) if (!listed.has(p) && p !== BUNDLE.sums) out.push({ path: p, status: 'extra', expected: null, actual: null });
  onProgress?.(entries.length, entries.length);
  return out;
}

/**
 * Files that cannot be in manifest.json: the manifest itself, the timestamp made over it, and
 * report.pdf, which is written after the manifest so that it can print the bundle's fingerprint.
 */
const UNLISTED = new Set<string>([BUNDLE.manifest, BUNDLE.tsToken, BUNDLE.tsChain, BUNDLE.report]);

async function readManifest(r: BundleReader, has: Set<string>, actual: Map<string, string | null>, problems: Problem[]) {
  if (!has.has(BUNDLE.manifest)) { problems.push({ code: 'manifestMissing', detail: BUNDLE.manifest }); return null; }
  let parsed;
  try { parsed = manifestSchema.safeParse(json(await r.read(BUNDLE.manifest))); } catch { parsed = null; }
  if (!parsed?.success) {
    const issue = parsed?.error.issues[0];
    problems.push({ code: 'manifestInvalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'geen geldige JSON' });
    return null;
  }
  for (const f of parsed.data.files) {
    if (!actual.has(f.path)) problems.push({ code: 'notInSums', detail: f.path });
    else if (actual.get(f.path) !== f.sha256) problems.push({ code: 'manifestDisagrees', detail: f.path });
  }
  // The manifest (and a timestamp over it) is the anchor: a file only SHA256SUMS lists is covered by nothing.
  const listed = new Set(parsed.data.files.map((f) => f.path));
  for (const path of actual.keys()) {
    if (!listed.has(path) && !UNLISTED.has(path)) problems.push({ code: 'notInManifest', detail: path });
  }
  // SHA256SUMS lists exactly the manifest's files, manifest.json, report.pdf and the timestamp files.
  const expected = [BUNDLE.manifest, BUNDLE.report, ...(parsed.data.timestamp ? [parsed.data.timestamp.token, parsed.data.timestamp.chain] : [])];
  for (const path of expected) if (!actual.has(path)) problems.push({ code: 'notInSums', detail: path });
  return parsed.data;
}

/** A derived copy (onder nummer) must name a withheld original by that original's committed hash. */
function checkDerived(manifest: Manifest, problems: Problem[]): void {
  for (const f of manifest.files) {
    if (!f.derivedFrom) continue;
    const held = manifest.withheld.find((w) => w.path === f.derivedFrom!.path);
    if (!held || held.sha256 !== f.derivedFrom.sha256) problems.push({ code: 'derivedUnanchored', detail: f.path });
  }
}

async function checkCustody(r: BundleReader, has: Set<string>, manifest: Manifest | null, problems: Problem[]) {
  if (!has.has(BUNDLE.custody)) { problems.push({ code: 'custodyMissing', detail: BUNDLE.custody }); return { ok: false, entries: [] }; }
  const entries: CustodyEntry[] = [];
  const lines = new TextDecoder().decode(await r.read(BUNDLE.custody)).split('\n').filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    let parsed;
    try { parsed = custodyEntrySchema.safeParse(JSON.parse(line)); } catch { parsed = null; }
    if (!parsed?.success) { problems.push({ code: 'custodyInvalid', detail: `regel ${i + 1}` }); return { ok: false, entries }; }
    entries.push(parsed.data);
  }
  const chain = await verifyChains(entries);
  if (!chain.ok) { problems.push({ code: 'custodyBroken', detail: `item ${chain.itemId}, regel ${chain.seq}: ${chain.reason}` }); return { ok: false, entries }; }
  const missing = manifest?.items.filter((it) => !entries.some((e) => e.itemId === it.id)) ?? [];
  for (const it of missing) problems.push({ code: 'custodyBroken', detail: `geen logboek voor item ${it.number}` });
  return { ok: missing.length === 0, entries };
}

async function checkTimestampFiles(r: BundleReader, has: Set<string>, ts: NonNullable<Manifest['timestamp']>, pins: readonly TrustPin[]): Promise<TimestampCheck> {
  if (!has.has(ts.token)) return { ok: false, trusted: false, reason: `${ts.token} ontbreekt` };
  const chain = has.has(ts.chain) ? new TextDecoder().decode(await r.read(ts.chain)) : null;
  return checkTimestamp(await r.read(ts.token), await r.read(ts.imprintOf), chain, pins);
}
