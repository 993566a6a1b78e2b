import type { QueuedStamp, SchildwachtDB, StoredFile } from '../db';
import type { Timestamper } from '../bundle/export';
import { parseTimestamp, signerName } from '../bundle/timestamp/token';
import { sha256Hex } from '../hash';
import { appendCustody } from './store';

/** The capture timestamp is an item file next to what it covers: items/NN-<id>/metadata.json.tsr. */
export const STAMP_FILE = 'metadata.json.tsr';
export const STAMP_CHAIN = 'metadata.json.tsa-chain.pem';

const RETRY_FIRST_MS = 30_000;
const RETRY_MAX_MS = 30 * 60_000;
export const retryDelay = (attempts: number) => Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempts - 1));

class AlreadyStamped extends Error {}

export type StampOutcome = { kind: 'stamped'; genTime: string; delayMs: number } | { kind: 'queued'; nextAt: number; reason: string } | { kind: 'skipped' };

/**
 * Timestamps the hash of a capture's metadata.json (which holds the hashes of all its files)
 * right after the capture. When the TSA cannot be reached, the item is queued and retried;
 * the custody log records the failure once and, on success, the delay since the capture.
 */
export async function stampCapture(db: SchildwachtDB, itemId: string, stamper: Timestamper, now: () => Date = () => new Date()): Promise<StampOutcome> {
  const [item, meta, done] = await Promise.all([db.items.get(itemId), db.files.get([itemId, 'metadata.json']), db.files.get([itemId, STAMP_FILE])]);
  if (!item || !meta || done) {
    await db.stampQueue.delete(itemId);
    return { kind: 'skipped' };
  }
  const queued = await db.stampQueue.get(itemId);
  const metaBytes = new Uint8Array(await meta.blob.arrayBuffer());
  let answer: Awaited<ReturnType<Timestamper['stamp']>>;
  try {
    answer = await stamper.stamp(new Uint8Array(await crypto.subtle.digest('SHA-256', metaBytes as Uint8Array<ArrayBuffer>)));
  } catch (err) {
    return queue(db, itemId, queued, err instanceof Error ? err.message : String(err), now());
  }
  const token = parseTimestamp(answer.token);
  const genTime = token.tst.genTime.toISOString();
  // TSAs often give whole seconds (truncated), so a prompt stamp can read up to 1 s before the capture.
  const delayMs = Date.parse(genTime) - Date.parse(item.capturedAt);
  const signer = signerName(token, stamper.tsaUrl);
  const files = [await fileOf(itemId, STAMP_FILE, answer.token, 'application/timestamp-reply'), await fileOf(itemId, STAMP_CHAIN, new TextEncoder().encode(answer.chainPem), 'application/x-pem-file')];
  const retried = queued?.attempts ? `, na ${queued.attempts} mislukte poging(en)` : '';
  const detail = `tijdstempel (RFC 3161) op metadata.json (sha256 ${meta.sha256}): ${genTime} door ${signer} (${new URL(stamper.tsaUrl).host}), ${seconds(Math.max(0, delayMs))} na het vastleggen${retried}; ${STAMP_FILE} sha256 ${files[0]!.sha256}`;
  try {
    await appendCustody(db, itemId, 'timestamp', detail, async () => {
      // Two retries at once (an overdue alarm and the browser start): the second one writes nothing.
      if (await db.files.get([itemId, STAMP_FILE])) throw new AlreadyStamped();
      await db.files.bulkPut(files);
      await db.stampQueue.delete(itemId);
    }, now);
  } catch (err) {
    if (err instanceof AlreadyStamped) return { kind: 'skipped' };
    throw err;
  }
  return { kind: 'stamped', genTime, delayMs };
}

/**
 * Marks a capture as waiting for its timestamp before the first attempt, so a worker that dies
 * mid-request (the browser may stop it) leaves a queue entry that the next retry picks up.
 */
export async function pendingStamp(db: SchildwachtDB, itemId: string, at: Date, graceMs = RETRY_FIRST_MS): Promise<void> {
  await db.stampQueue.put({ itemId, queuedAt: at.toISOString(), attempts: 0, nextAt: at.getTime() + graceMs, lastError: '' });
}

/** Retries every queued stamp that is due; returns when the next one is due (null: queue empty). */
export async function retryDueStamps(db: SchildwachtDB, stamper: Timestamper, now: () => Date = () => new Date()): Promise<number | null> {
  for (const q of await db.stampQueue.where('nextAt').belowOrEqual(now().getTime()).toArray()) {
    // Still unreachable: the others would fail the same way, and wait for the next round.
    if ((await stampCapture(db, q.itemId, stamper, now)).kind === 'queued') break;
  }
  const next = await db.stampQueue.orderBy('nextAt').first();
  return next?.nextAt ?? null;
}

async function queue(db: SchildwachtDB, itemId: string, queued: QueuedStamp | undefined, reason: string, at: Date): Promise<StampOutcome> {
  const attempts = (queued?.attempts ?? 0) + 1;
  const entry: QueuedStamp = { itemId, queuedAt: queued?.queuedAt ?? at.toISOString(), attempts, nextAt: at.getTime() + retryDelay(attempts), lastError: reason.slice(0, 500) };
  // A pending mark (attempts 0, see pendingStamp) is not yet a logged failure.
  if (queued?.attempts) await db.stampQueue.put(entry);
  else await appendCustody(db, itemId, 'timestamp', `tijdstempel bij vastleggen nog niet gelukt (${reason.slice(0, 300)}); wordt opnieuw geprobeerd`, () => db.stampQueue.put(entry), () => at);
  return { kind: 'queued', nextAt: entry.nextAt, reason };
}

async function fileOf(itemId: string, name: string, bytes: Uint8Array, type: string): Promise<StoredFile> {
  return { itemId, name, type, size: bytes.length, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>), blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} uur`;
}
