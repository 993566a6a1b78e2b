import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SchildwachtDB } from '../../utils/db';

let db: SchildwachtDB | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('SchildwachtDB schema', () => {
  it('opens empty at version 7 with every table and its indexes', async () => {
    db = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'cases', 'checks', 'custody', 'exports', 'files', 'items', 'notices', 'personal', 'scans', 'stampQueue', 'thumbs']);
    expect(db.exports.schema.indexes.map((i) => i.name)).toEqual(['created']);
    expect(db.notices.schema.indexes.map((i) => i.name).sort()).toEqual(['date', 'itemId']);
    expect(db.checks.schema.indexes.map((i) => i.name).sort()).toEqual(['at', 'itemId']);
    expect(db.stampQueue.schema.indexes.map((i) => i.name)).toEqual(['nextAt']);
    expect(db.items.schema.indexes.map((i) => i.name).sort()).toEqual(['[caseId+capturedAt]', '[platform+capturedAt]', 'capturedAt', 'caseId', 'platform', 'words']);
    expect(db.annotations.schema.indexes.map((i) => i.name)).toEqual(['offence']);
    expect(db.files.schema.primKey.keyPath).toEqual(['itemId', 'name']);
  });

  it('migrates a version 1 locker to version 7 without losing a record (adds the capture-timestamp queue and the exports)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    await v1.table('items').add({ id: 'i1', capturedAt: '2026-01-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'a', metadata: {} });
    await v1.table('files').add({ itemId: 'i1', name: 'post.png', type: 'image/png', size: 3, sha256: 'x', blob: new Blob(['abc']) });
    await v1.table('custody').add({ itemId: 'i1', seq: 0, at: '2026-01-01T00:00:00.000Z', action: 'capture', detail: 'd', prev: '0'.repeat(64) });
    v1.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.items.get('i1')).toMatchObject({ platform: 'x' });
    expect(await (await db.files.get(['i1', 'post.png']))!.blob.text()).toBe('abc');
    expect(await db.custody.count()).toBe(1);
    await db.stampQueue.put({ itemId: 'i1', queuedAt: '2026-01-01T00:00:01.000Z', attempts: 1, nextAt: 5, lastError: 'offline' });
    expect(await db.stampQueue.where('nextAt').belowOrEqual(10).count()).toBe(1);
  });

  it('migrates a version 2 locker with a queued capture timestamp to version 7, keeping the queue', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    v2.version(2).stores({ stampQueue: 'itemId, nextAt' });
    await v2.table('stampQueue').add({ itemId: 'i2', queuedAt: '2026-01-01T00:00:01.000Z', attempts: 2, nextAt: 7, lastError: 'offline' });
    v2.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.stampQueue.get('i2')).toMatchObject({ attempts: 2 });
    await db.exports.put({ bundleId: 'b1', created: '2026-01-02T00:00:00.000Z', fingerprint: 'a'.repeat(64), manifest: '{}' });
    expect((await db.exports.orderBy('created').last())?.bundleId).toBe('b1');
  });

  it('migrates a version 3 locker with an export onder nummer to version 7 (the profile table), keeping every record', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    v3.version(2).stores({ stampQueue: 'itemId, nextAt' });
    v3.version(3).stores({ exports: 'bundleId, created' });
    await v3.table('items').add({ id: 'i3', capturedAt: '2026-02-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'a', metadata: {} });
    await v3.table('exports').add({ bundleId: 'b3', created: '2026-02-02T00:00:00.000Z', fingerprint: 'b'.repeat(64), manifest: '{}' });
    v3.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.items.get('i3')).toMatchObject({ platform: 'x' });
    expect(await db.exports.get('b3')).toMatchObject({ fingerprint: 'b'.repeat(64) });
    expect(await db.personal.count()).toBe(0);
    await db.personal.put({ key: 'profile', value: { any: 'thing' } });
    expect((await db.personal.get('profile'))?.value).toEqual({ any: 'thing' });
  });

  it('migrates a version 4 locker to version 7: every item gets its search words, so the word index finds it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    v4.version(2).stores({ stampQueue: 'itemId, nextAt' });
    v4.version(3).stores({ exports: 'bundleId, created' });
    v4.version(4).stores({ personal: 'key' });
    await v4.table('items').add({ id: 'i4', capturedAt: '2026-03-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'boze burger\nwe weten waar je woont, lindelaan 12', metadata: {} });
    await v4.table('personal').put({ key: 'profile', value: { kept: true } });
    v4.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.items.get('i4'))?.words).toEqual(['boze', 'burger', 'we', 'weten', 'waar', 'je', 'woont', 'lindelaan', '12']);
    expect(await db.items.where('words').startsWith('linde').primaryKeys()).toEqual(['i4']);
    expect((await db.personal.get('profile'))?.value).toEqual({ kept: true });
  });

  it('migrates a version 5 locker to version 7 (notices and checks), keeping every item and its word index', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    v5.version(2).stores({ stampQueue: 'itemId, nextAt' });
    v5.version(3).stores({ exports: 'bundleId, created' });
    v5.version(4).stores({ personal: 'key' });
    v5.version(5).stores({ items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt], *words' });
    await v5.table('items').add({ id: 'i5', capturedAt: '2026-03-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'lindelaan', words: ['lindelaan'], metadata: {} });
    await v5.table('custody').add({ itemId: 'i5', seq: 0, action: 'capture' });
    v5.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.items.where('words').startsWith('linde').primaryKeys()).toEqual(['i5']);
    expect(await db.custody.count()).toBe(1);
    expect(await db.notices.count()).toBe(0);
    expect(await db.checks.count()).toBe(0);
  });

  it('migrates a version 6 locker to version 7 (inline thumbnails), keeping every item, file and notice', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v6 = new Dexie(name);
    v6.version(1).stores({
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]', files: '[itemId+name], itemId',
      annotations: 'itemId, offence', cases: 'id, createdAt', custody: '[itemId+seq], itemId', scans: 'id, at, url, mode',
    });
    v6.version(2).stores({ stampQueue: 'itemId, nextAt' });
    v6.version(3).stores({ exports: 'bundleId, created' });
    v6.version(4).stores({ personal: 'key' });
    v6.version(5).stores({ items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt], *words' });
    v6.version(6).stores({ notices: 'id, itemId, date', checks: 'id, itemId, at' });
    await v6.table('items').add({ id: 'i6', capturedAt: '2026-04-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'lindelaan', words: ['lindelaan'], metadata: {} });
    await v6.table('files').add({ itemId: 'i6', name: 'thumbnail.jpg', type: 'image/jpeg', size: 3, sha256: 'x', blob: new Blob(['jpg']) });
    await v6.table('notices').add({ id: 'n6', itemId: 'i6', date: '2026-04-02' });
    v6.close();
    db = new SchildwachtDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.items.where('words').startsWith('linde').primaryKeys()).toEqual(['i6']);
    expect(await (await db.files.get(['i6', 'thumbnail.jpg']))!.blob.text()).toBe('jpg');
    expect(await db.notices.get('n6')).toMatchObject({ itemId: 'i6' });
    expect(await db.thumbs.count()).toBe(0); // filled when the locker first lists the item (tests/unit/evidence/thumbs.test.ts)
  });

  it('keeps the words of a new or changed item itself (capture and import need not know of them)', async () => {
    db = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    await db.items.add({ id: 'n1', capturedAt: '2026-03-01T00:00:00.000Z', platform: 'x', caseId: null, search: 'Eerste tekst', metadata: {} as never });
    expect((await db.items.get('n1'))?.words).toEqual(['eerste', 'tekst']);
    await db.items.update('n1', { search: 'andere woorden' });
    expect(await db.items.where('words').startsWith('ander').primaryKeys()).toEqual(['n1']);
    expect(await db.items.where('words').startsWith('eerste').count()).toBe(0);
  });

  it('keeps files of an item under a compound key and finds them by item', async () => {
    db = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    const file = { itemId: 'a', name: 'post.png', type: 'image/png', size: 3, sha256: 'x', blob: new Blob(['abc']) };
    await db.files.put(file);
    await db.files.put({ ...file, name: 'screenshot.png' });
    expect((await db.files.where('itemId').equals('a').toArray()).map((f) => f.name)).toEqual(['post.png', 'screenshot.png']);
  });
});
