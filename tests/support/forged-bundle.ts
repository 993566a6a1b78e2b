import 'fake-indexeddb/auto';
import { type Timestamper, exportBundle } from '../../utils/bundle/export';
import { BlobSink } from '../../utils/bundle/zip-stream';
import { SchildwachtDB } from '../../utils/db';
import { type SeedOptions, seedItem } from './evidence-items';

/**
 * A bundle as anyone can make one (fake-indexeddb in Node, the export code): its items say what
 * the maker wants, e.g. a javascript: URL. It passes verification, since nothing anchors it.
 */
export async function madeBundle(items: SeedOptions[], timestamper?: Timestamper): Promise<Buffer> {
  const db = new SchildwachtDB(`forged-${crypto.randomUUID()}`);
  try {
    const ids = [];
    for (const o of items) ids.push((await seedItem(db, o)).id);
    const sink = new BlobSink();
    const env = { toolVersion: '0.1.0', browser: { name: 'Chromium', version: '140', userAgent: 'UA' }, os: { name: 'Linux', version: null } };
    await exportBundle({ db, itemIds: ids, sink, env, verifierHtml: '<html></html>', personnelNumber: '42', caseReference: null, timestamper });
    return Buffer.from(await sink.blob().arrayBuffer());
  } finally {
    await db.delete();
  }
}
