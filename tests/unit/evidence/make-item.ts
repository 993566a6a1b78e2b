import type { StoredFile, StoredItem } from '../../../utils/db';
import type { CaptureTarget } from '../../../utils/evidence/capture-target';
import { buildMetadata, searchText } from '../../../utils/evidence/metadata-build';
import type { Platform } from '../../../utils/sites/types';

const SHA = 'a'.repeat(64);

export function target(over: Partial<CaptureTarget['post'] & object> & { platform?: Platform; text?: string; handle?: string } = {}): CaptureTarget {
  return {
    platform: over.platform ?? 'x',
    pageTitle: 'Een draad',
    viewport: { width: 1280, height: 900 },
    devicePixelRatio: 2,
    timeOrigin: 1_000,
    responseStart: 40,
    post: {
      rect: { x: 10, y: 20, width: 600, height: 200 },
      info: {
        author: { name: 'Boze Burger', handle: over.handle ?? '@b0ze', profileUrl: 'https://x.com/b0ze', accountId: null },
        postId: '42', permalink: 'https://x.com/b0ze/status/42',
        postedAt: { shown: '4 jan.', parsed: '2026-01-04T18:40:55.000Z' },
        text: over.text ?? 'We weten waar je woont',
      },
    },
  };
}

/** A stored item with files as capture writes them (bytes are placeholders; hashes are not checked here). */
export function item(capturedAt: Date, over: Parameters<typeof target>[0] = {}): { item: StoredItem; files: StoredFile[] } {
  const id = crypto.randomUUID();
  const names = ['screenshot.png', 'post.png', 'page.mhtml', 'thumbnail.jpg'];
  const metadata = buildMetadata(target(over), {
    id, tabUrl: 'https://x.com/home', tabTitle: 'Home / X', capturedAt, timeZone: 'Europe/Amsterdam', serverDate: null,
    userAgent: 'UA', browserVersion: 'Chromium 156', extensionVersion: '0.1.0', pixelsFrom: 'browser',
    files: Object.fromEntries(names.map((n) => [n, { sha256: SHA, size: 1 }])),
  });
  const files = [...names, 'metadata.json'].map((name) => ({ itemId: id, name, type: 'application/octet-stream', size: 1, sha256: SHA, blob: new Blob(['x']) }));
  return {
    item: { id, capturedAt: metadata.capturedAt, platform: metadata.platform, caseId: null, search: searchText(metadata), metadata },
    files,
  };
}
