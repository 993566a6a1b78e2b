import { afterEach, describe, expect, it } from 'vitest';
import { SchildwachtDB } from '../../utils/db';

let db: SchildwachtDB | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('SchildwachtDB schema', () => {
  it('version 1 opens empty with every table and its indexes', async () => {
    db = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'cases', 'custody', 'files', 'items', 'scans']);
    expect(db.items.schema.indexes.map((i) => i.name).sort()).toEqual(['[caseId+capturedAt]', '[platform+capturedAt]', 'capturedAt', 'caseId', 'platform']);
    expect(db.annotations.schema.indexes.map((i) => i.name)).toEqual(['offence']);
    expect(db.files.schema.primKey.keyPath).toEqual(['itemId', 'name']);
  });

  it('keeps files of an item under a compound key and finds them by item', async () => {
    db = new SchildwachtDB(`test-${crypto.randomUUID()}`);
    const file = { itemId: 'a', name: 'post.png', type: 'image/png', size: 3, sha256: 'x', blob: new Blob(['abc']) };
    await db.files.put(file);
    await db.files.put({ ...file, name: 'screenshot.png' });
    expect((await db.files.where('itemId').equals('a').toArray()).map((f) => f.name)).toEqual(['post.png', 'screenshot.png']);
  });
});
