import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../../utils/db';
import { verifyChains } from '../../../utils/evidence/custody';
import { type LockerFilter, NO_CASE, emptyFilter, firstWords, listItems } from '../../../utils/evidence/locker';
import { assignCase, createCase, deleteItem, saveAnnotation } from '../../../utils/evidence/locker-actions';
import { storeCapture } from '../../../utils/evidence/store';
import { item } from './make-item';

let db: SchildwachtDB;
beforeEach(() => {
  db = new SchildwachtDB(`t-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function seed(n: number, same = false) {
  const base = Date.UTC(2026, 0, 1);
  const rows = Array.from({ length: n }, (_, i) => item(new Date(same ? base : base + i * 60_000), {
    platform: i % 3 === 0 ? 'mastodon' : 'x', text: i % 10 === 0 ? `bedreiging nummer ${i}` : `gewone post ${i}`,
  }));
  await db.items.bulkAdd(rows.map((r) => r.item));
  return rows.map((r) => r.item);
}

async function all(f: LockerFilter, limit = 50) {
  const out = [];
  let page = await listItems(db, f, null, limit);
  out.push(...page.items);
  while (page.next) {
    page = await listItems(db, f, page.next, limit);
    out.push(...page.items);
  }
  return out;
}

describe('the locker list', () => {
  it('pages newest first through thousands of items without gaps or repeats', async () => {
    const items = await seed(2_000);
    const first = await listItems(db, emptyFilter, null, 50);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]!.capturedAt).toBe(items.at(-1)!.capturedAt);
    const got = await all(emptyFilter, 200);
    expect(got.map((i) => i.id)).toEqual([...items].reverse().map((i) => i.id));
  }, 60_000);

  it('does not lose items that share a capture time across a page boundary', async () => {
    const items = await seed(25, true);
    const got = await all(emptyFilter, 10);
    expect(new Set(got.map((i) => i.id))).toEqual(new Set(items.map((i) => i.id)));
    expect(got).toHaveLength(25);
  });

  it('filters on words, platform, case and offence together', async () => {
    const items = await seed(60);
    expect((await all({ ...emptyFilter, query: 'BEDREIGING nummer' })).length).toBe(6);
    expect((await all({ ...emptyFilter, platform: 'mastodon' })).every((i) => i.platform === 'mastodon')).toBe(true);
    const c = await createCase(db, 'Incident Lombok');
    await assignCase(db, items[0]!.id, c.id);
    await assignCase(db, items[3]!.id, c.id);
    expect((await all({ ...emptyFilter, caseId: c.id })).map((i) => i.id).sort()).toEqual([items[0]!.id, items[3]!.id].sort());
    expect((await all({ ...emptyFilter, caseId: c.id, platform: 'mastodon' })).map((i) => i.id).sort()).toEqual([items[0]!.id, items[3]!.id].sort());
    expect(await all({ ...emptyFilter, caseId: NO_CASE })).toHaveLength(58);
    await saveAnnotation(db, items[5]!.id, { notes: '', offence: 'doxing' });
    expect((await all({ ...emptyFilter, offence: 'doxing' })).map((i) => i.id)).toEqual([items[5]!.id]);
  });

  it('searches by word beginnings, all words required, and pages the results without gaps or repeats', async () => {
    const items = await seed(600, false);
    const want = items.filter((i) => i.search.includes('bedreiging')).map((i) => i.id).reverse();
    expect((await all({ ...emptyFilter, query: 'Bedreig' }, 7)).map((i) => i.id)).toEqual(want);
    const one = items.find((i) => i.search.includes('bedreiging nummer 120'))!;
    expect((await all({ ...emptyFilter, query: 'nummer bedreiging 120' })).map((i) => i.id)).toEqual([one.id]);
    expect(await all({ ...emptyFilter, query: 'dreiging' })).toEqual([]); // not the middle of a word
    expect((await all({ ...emptyFilter, query: 'bedreiging', platform: 'mastodon' }, 5)).every((i) => i.platform === 'mastodon')).toBe(true);
  });

  it('finds common words by walking newest first, and words only old items have through the whole index', async () => {
    const base = Date.UTC(2026, 0, 1);
    // The 700 oldest say 'oud', the 1,300 newest 'nieuw': both are common words (500 index entries or more).
    const rows = Array.from({ length: 2_000 }, (_, i) => item(new Date(base + i * 60_000), { text: `${i < 700 ? 'oud' : 'nieuw'} bericht ${i}` }).item);
    await db.items.bulkAdd(rows);
    const newest = (pred: (i: number) => boolean) => rows.filter((_, i) => pred(i)).map((r) => r.id).reverse();
    expect((await all({ ...emptyFilter, query: 'nieuw bericht' }, 300)).map((i) => i.id)).toEqual(newest((i) => i >= 700));
    // A walk of the 1,000 newest finds no 'oud': the index gives the whole set instead.
    expect((await all({ ...emptyFilter, query: 'oud bericht' }, 60)).map((i) => i.id)).toEqual(newest((i) => i < 700));
    expect(await all({ ...emptyFilter, query: 'oud nieuw' })).toEqual([]);
    expect((await all({ ...emptyFilter, query: 'oud 69' }, 3)).map((i) => i.id)).toEqual(newest((i) => i < 700 && String(i).startsWith('69')));
  }, 60_000);

  it('shows the first words of a long post', () => {
    expect(firstWords('kort')).toBe('kort');
    expect(firstWords(`${'woord '.repeat(40)}einde`, 30)).toBe('woord woord woord woord woord…');
  });
});

describe('locker actions keep originals and log every change', () => {
  it('notes and offence are separate records with chained custody entries', async () => {
    const { item: it1, files } = item(new Date('2026-01-04T19:00:00.000Z'));
    await storeCapture(db, it1, files, 'vastgelegd', new Date('2026-01-04T19:00:00.000Z'));
    await saveAnnotation(db, it1.id, { notes: 'Dader bekend van eerdere melding', offence: 'bedreiging' });
    await saveAnnotation(db, it1.id, { notes: 'Dader bekend van eerdere melding', offence: 'bedreiging' });
    expect(await db.annotations.get(it1.id)).toMatchObject({ notes: 'Dader bekend van eerdere melding', offence: 'bedreiging' });
    expect((await db.items.get(it1.id))!.metadata).toEqual(it1.metadata);
    const log = await db.custody.where('itemId').equals(it1.id).sortBy('seq');
    expect(log.map((e) => e.action)).toEqual(['capture', 'note', 'offence']);
    expect(log[2]!.detail).toBe('delict: bedreiging (art. 285 Sr)');
    expect(await verifyChains(log)).toEqual({ ok: true });
  });

  it('deleting removes the data but keeps the custody log, ending in the deletion', async () => {
    const { item: it1, files } = item(new Date());
    await storeCapture(db, it1, files, 'vastgelegd', new Date());
    await saveAnnotation(db, it1.id, { notes: 'x', offence: null });
    await deleteItem(db, it1.id);
    expect(await db.items.get(it1.id)).toBeUndefined();
    expect(await db.files.where('itemId').equals(it1.id).count()).toBe(0);
    expect(await db.annotations.get(it1.id)).toBeUndefined();
    const log = await db.custody.where('itemId').equals(it1.id).sortBy('seq');
    expect(log.map((e) => e.action)).toEqual(['capture', 'note', 'delete']);
    expect(log[2]!.detail).toContain('https://x.com/b0ze/status/42');
    expect(await verifyChains(log)).toEqual({ ok: true });
  });

  it('two writers appending at once both get a place in the chain', async () => {
    const { item: it1, files } = item(new Date());
    await storeCapture(db, it1, files, 'vastgelegd', new Date());
    const c = await createCase(db, 'Zaak A');
    await Promise.all([assignCase(db, it1.id, c.id), saveAnnotation(db, it1.id, { notes: 'gelijktijdig', offence: null })]);
    const log = await db.custody.where('itemId').equals(it1.id).sortBy('seq');
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(await verifyChains(log)).toEqual({ ok: true });
  });
});
