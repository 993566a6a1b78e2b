import { describe, expect, it } from 'vitest';
import { type CustodyEntry, GENESIS, custodyEntrySchema, custodyLine, nextEntry, verifyChains } from '../../utils/evidence/custody';
import { sha256Hex } from '../../utils/hash';

const A = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

async function chain(itemId: string, actions: ('capture' | 'note' | 'export')[]) {
  const out: CustodyEntry[] = [];
  for (const [i, a] of actions.entries()) out.push(await nextEntry(out.at(-1), itemId, a, `stap ${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i))));
  return out;
}

describe('custody log hash chain', () => {
  it('starts at the genesis hash and links each line to the sha256 of the previous line', async () => {
    const [first, second] = await chain(A, ['capture', 'note']);
    expect(first!.prev).toBe(GENESIS);
    expect(second!.prev).toBe(await sha256Hex(custodyLine(first!)));
    expect(second!.seq).toBe(1);
  });

  it('accepts interleaved chains of several items', async () => {
    const a = await chain(A, ['capture', 'note', 'export']);
    const b = await chain(B, ['capture', 'export']);
    expect(await verifyChains([a[0]!, b[0]!, a[1]!, b[1]!, a[2]!])).toEqual({ ok: true });
  });

  it('finds a changed detail, a removed line and a reordering', async () => {
    const a = await chain(A, ['capture', 'note', 'export']);
    expect(await verifyChains([a[0]!, { ...a[1]!, detail: 'anders' }, a[2]!])).toMatchObject({ ok: false, seq: 2 });
    expect(await verifyChains([a[0]!, a[2]!])).toMatchObject({ ok: false, seq: 2, reason: 'volgnummer 1 verwacht' });
    expect(await verifyChains([a[1]!, a[0]!])).toMatchObject({ ok: false, seq: 1 });
  });
});

describe('custody entries stay within the schema, whatever the page URL', () => {
  const longUrl = `https://www.facebook.com/groups/123/posts/456/?${'__cft__[0]=AZW'.padEnd(60, 'x')}&${'a=b&'.repeat(520)}`;
  const hash = 'a'.repeat(64);

  it('a capture of a page with a 2,100-character URL gives a first entry that passes the schema and keeps the hash', async () => {
    expect(longUrl.length).toBeGreaterThan(2_000);
    const e = await nextEntry(undefined, crypto.randomUUID(), 'capture', `vastgelegd via button: ${longUrl}; metadata.json sha256 ${hash}`, new Date());
    expect(custodyEntrySchema.safeParse(e).success).toBe(true);
    expect(e.detail.endsWith(`; metadata.json sha256 ${hash}`)).toBe(true);
    expect(e.detail.startsWith('vastgelegd via button: https://www.facebook.com/groups/123/posts/456/')).toBe(true);
    expect(e.detail).toContain('…');
  });

  it('a short detail is kept as it is', async () => {
    const e = await nextEntry(undefined, crypto.randomUUID(), 'note', 'notitie gewijzigd', new Date());
    expect(e.detail).toBe('notitie gewijzigd');
  });
});
