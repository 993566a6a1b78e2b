import { z } from 'zod';
import { sha256Hex } from '../hash';

export const custodyActions = ['capture', 'note', 'offence', 'case', 'export', 'delete', 'import', 'verify-failed', 'timestamp', 'notice', 'online-check', 'recapture'] as const;
export const GENESIS = '0'.repeat(64);
export const MAX_DETAIL = 2_000;

/**
 * One line of an item's append-only custody log. Each entry carries the hash of
 * the previous entry of the same item, so any change or removal breaks the chain.
 */
export const custodyEntrySchema = z.object({
  itemId: z.string().uuid(),
  seq: z.number().int().nonnegative(),
  at: z.string().datetime({ precision: 3 }),
  action: z.enum(custodyActions),
  detail: z.string().max(MAX_DETAIL),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CustodyEntry = z.infer<typeof custodyEntrySchema>;
export type CustodyAction = (typeof custodyActions)[number];

/** The canonical text of an entry: fixed key order, one line, as written to custody.jsonl. */
export function custodyLine(e: CustodyEntry): string {
  return JSON.stringify({ itemId: e.itemId, seq: e.seq, at: e.at, action: e.action, detail: e.detail, prev: e.prev });
}

/**
 * A detail that fits the schema: a long one (a page URL with tracking parameters runs to thousands
 * of characters) loses its middle, never its start or its end, where the file hashes are.
 */
export function boundDetail(detail: string): string {
  if (detail.length <= MAX_DETAIL) return detail;
  const keep = (MAX_DETAIL - 1) / 2;
  return `${detail.slice(0, Math.ceil(keep))}…${detail.slice(-Math.floor(keep))}`;
}

export async function nextEntry(
  last: CustodyEntry | undefined, itemId: string, action: CustodyAction, detail: string, now: Date,
): Promise<CustodyEntry> {
  // Validated when written: an entry the schema refuses would make every later export unverifiable.
  return custodyEntrySchema.parse({
    itemId, action, detail: boundDetail(detail), at: now.toISOString(),
    seq: last ? last.seq + 1 : 0,
    prev: last ? await sha256Hex(custodyLine(last)) : GENESIS,
  });
}

export type ChainCheck = { ok: true } | { ok: false; itemId: string; seq: number; reason: string };

/** Checks every item's chain in a list of entries (any order of items, each item's entries in order). */
export async function verifyChains(entries: readonly CustodyEntry[]): Promise<ChainCheck> {
  const last = new Map<string, CustodyEntry>();
  for (const e of entries) {
    const before = last.get(e.itemId);
    const expectedSeq = before ? before.seq + 1 : 0;
    const expectedPrev = before ? await sha256Hex(custodyLine(before)) : GENESIS;
    if (e.seq !== expectedSeq) return { ok: false, itemId: e.itemId, seq: e.seq, reason: `volgnummer ${expectedSeq} verwacht` };
    if (e.prev !== expectedPrev) return { ok: false, itemId: e.itemId, seq: e.seq, reason: 'hash van de vorige regel klopt niet' };
    last.set(e.itemId, e);
  }
  return { ok: true };
}
