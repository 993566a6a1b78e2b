import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../../../utils/bundle/manifest';
import { checkSchema } from '../../support/json-schema';

const id = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff';
const manifest = {
  format: 'schildwacht-evidence', version: 1, bundleId: id, created: '2026-03-03T13:05:09.123Z',
  tool: { name: 'Schildwacht', version: '0.1.0' }, browser: { name: 'Chromium', version: '140', userAgent: 'UA' },
  os: { name: 'Linux', version: null }, caseReference: null, personnelNumber: '123456', onderNummer: false, withheld: [], originalsOf: null,
  items: [{ id, number: 1, dir: `items/01-${id}/`, platform: 'x', url: 'https://x.com/a', capturedAt: '2026-03-03T13:05:09.123Z', author: null, offence: 'bedreiging', offenceArticle: 'art. 285 Sr' }],
  files: [{ path: `items/01-${id}/post.png`, sha256: 'a'.repeat(64), size: 10, role: 'post', itemId: id }],
  timestamp: null,
};

describe('the test-side JSON Schema checker on the shipped manifest schema', () => {
  it('accepts a valid manifest and names each violation', () => {
    const schema = manifestJsonSchema();
    expect(checkSchema(schema, manifest)).toEqual([]);
    expect(checkSchema(schema, { ...manifest, format: 'zip', extra: 1 })).toEqual(['$.format: expected "schildwacht-evidence"', '$: unexpected property extra']);
    expect(checkSchema(schema, { ...manifest, files: [{ ...manifest.files[0], sha256: 'XYZ', size: -1 }] })).toEqual([
      '$.files[0].sha256: does not match ^[0-9a-f]{64}$', '$.files[0].size: below 0',
    ]);
    expect(checkSchema(schema, { ...manifest, items: [{ ...manifest.items[0], platform: 'myspace' }] })[0]).toMatch(/^\$\.items\[0\]\.platform: not one of/);
    const { personnelNumber: _, ...withoutNumber } = manifest;
    expect(checkSchema(schema, withoutNumber)).toEqual(['$: missing personnelNumber']);
  });
});
