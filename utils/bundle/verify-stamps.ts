import { STAMP_CHAIN, STAMP_FILE } from '../evidence/capture-stamp';
import type { Manifest } from './manifest';
import type { BundleReader } from './reader';
import { type TimestampCheck, checkTimestamp } from './timestamp/check';
import type { TrustPin } from './timestamp/pins';
import type { Problem } from './verify';

/** A timestamp taken right after a capture, over that item's metadata.json. */
export interface CaptureStamp {
  itemNumber: number;
  check: TimestampCheck;
  /** From capture (metadata.capturedAt) to the TSA's time; null when the token is unreadable. */
  delayMs: number | null;
}

/**
 * Checks every item's capture timestamp (items/NN-<id>/metadata.json.tsr) against the bytes
 * of its metadata.json, the same way as the export timestamp: PKI.js, pinned certificates.
 */
export async function checkCaptureStamps(r: BundleReader, manifest: Manifest, pins: readonly TrustPin[], problems: Problem[]): Promise<CaptureStamp[]> {
  const out: CaptureStamp[] = [];
  for (const it of manifest.items) {
    if (!r.paths.includes(it.dir + STAMP_FILE) || !r.paths.includes(`${it.dir}metadata.json`)) continue;
    const chain = r.paths.includes(it.dir + STAMP_CHAIN) ? new TextDecoder().decode(await r.read(it.dir + STAMP_CHAIN)) : null;
    const check = await checkTimestamp(await r.read(it.dir + STAMP_FILE), await r.read(`${it.dir}metadata.json`), chain, pins);
    const reason = check.reason.replace('dit manifest.json', 'deze metadata.json');
    if (!check.ok) problems.push({ code: 'captureTimestamp', detail: `item ${it.number}: ${reason}` });
    out.push({ itemNumber: it.number, check: { ...check, reason }, delayMs: check.genTime ? Date.parse(check.genTime) - Date.parse(it.capturedAt) : null });
  }
  return out;
}
