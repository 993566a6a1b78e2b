import type { SchildwachtDB, StoredFile } from '../../utils/db';
import { nextEntry } from '../../utils/evidence/custody';
import { type Metadata, type Offence, metadataSchema } from '../../utils/evidence/model';
import { sha256Hex } from '../../utils/hash';
import { makePng } from './png';

export interface SeedOptions {
  text?: string;
  pageChanged?: Metadata['pageChanged'];
  pixelsFrom?: Metadata['pixelsFrom'];
  /** Channel, forward origin and media of a chat message (Telegram). */
  context?: Metadata['context'];
  platform?: Metadata['platform'];
  url?: string;
  author?: Partial<Metadata['author']>;
  offence?: Offence | null;
  notes?: string;
  capturedAt?: Date;
  caseId?: string | null;
  /** Screenshot size in px; 1280×900 is a typical viewport. */
  screenshot?: [number, number];
  mhtmlBytes?: number;
  seed?: number;
  /** Ready-made PNGs (benchmarks reuse a few instead of drawing a hundred). */
  pngs?: { screenshot: Uint8Array; post: Uint8Array };
}

/** An MHTML archive of roughly `bytes` size, shaped like Chrome's saveAsMHTML output. */
export function makeMhtml(url: string, text: string, bytes: number, seed = 1): Uint8Array {
  const head = `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${url}\r\nSubject: post\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--sw${seed}----"\r\n\r\n------MultipartBoundary--sw${seed}----\r\nContent-Type: text/html\r\nContent-Location: ${url}\r\n\r\n<html><body><article><p>${text}</p></article>`;
  const filler = Array.from({ length: Math.max(0, Math.ceil((bytes - head.length) / 80)) },
    (_, i) => `<div class="c${(i * seed) % 97}">${'reactie '.repeat(3)}${i} ${(i * 2654435761 + seed) >>> 0}</div>\r\n`).join('');
  return new TextEncoder().encode(`${head}${filler}</body></html>\r\n------MultipartBoundary--sw${seed}------\r\n`);
}

async function file(itemId: string, name: string, type: string, bytes: Uint8Array): Promise<StoredFile> {
  return { itemId, name, type, size: bytes.length, sha256: await sha256Hex(bytes as Uint8Array<ArrayBuffer>), blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
}

/** Stores one captured item the way the capture pipeline does: metadata, files with hashes, custody 'capture'. */
export async function seedItem(db: SchildwachtDB, o: SeedOptions = {}): Promise<Metadata> {
  const id = crypto.randomUUID();
  const url = o.url ?? `https://x.com/dreiger/status/${1800000000000 + (o.seed ?? 1)}`;
  const text = o.text ?? 'Ik weet waar je woont, agent. Pas maar op.';
  const capturedAt = o.capturedAt ?? new Date(Date.UTC(2026, 2, 3, 13, 5, 9, 123));
  const [w, h] = o.screenshot ?? [1280, 900];
  const files = await Promise.all([
    file(id, 'screenshot.png', 'image/png', o.pngs?.screenshot ?? makePng(w, h, o.seed ?? 1)),
    file(id, 'post.png', 'image/png', o.pngs?.post ?? makePng(Math.round(w / 2), Math.round(h / 3), (o.seed ?? 1) + 1000)),
    file(id, 'page.mhtml', 'multipart/related', makeMhtml(url, text, o.mhtmlBytes ?? 40_000, o.seed ?? 1)),
  ]);
  const metadata = metadataSchema.parse({
    id, url, permalink: url, platform: o.platform ?? 'x', pageTitle: 'Post op X',
    author: { name: 'Dreiger', handle: '@dreiger', profileUrl: 'https://x.com/dreiger', accountId: '987654321', ...o.author },
    postId: url.split('/').pop() ?? null,
    postedAt: { shown: '3 mrt.', parsed: '2026-03-03T12:58:00.000Z' },
    text, ...(o.context ? { context: o.context } : {}), capturedAt: capturedAt.toISOString(), timeZone: 'Europe/Amsterdam', localTime: '3-3-2026 14:05:09',
    serverDate: capturedAt.toUTCString(), viewport: { width: w, height: h }, devicePixelRatio: 1,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0', browserVersion: '140.0.0.0', extensionVersion: '0.1.0',
    wholePage: false,
    ...(o.pageChanged ? { pageChanged: o.pageChanged } : {}),
    ...(o.pixelsFrom ? { pixelsFrom: o.pixelsFrom } : {}),
    files: Object.fromEntries(files.map((f) => [f.name, { sha256: f.sha256, size: f.size }])),
  });
  // Like the capture pipeline: the frozen metadata.json is stored too, its hash in the first custody line.
  const metaFile = await file(id, 'metadata.json', 'application/json', new TextEncoder().encode(`${JSON.stringify(metadata, null, 2)}\n`));
  files.push(metaFile);
  const capture = await nextEntry(undefined, id, 'capture', `vastgelegd via button: ${url}; metadata.json sha256 ${metaFile.sha256}`, capturedAt);
  await db.transaction('rw', [db.items, db.files, db.custody, db.annotations], async () => {
    await db.items.add({ id, capturedAt: metadata.capturedAt, platform: metadata.platform, caseId: o.caseId ?? null,
      search: `${metadata.author.name} ${text}`.toLowerCase(), metadata });
    await db.files.bulkAdd(files);
    await db.custody.add(capture);
    if (o.offence !== undefined || o.notes) {
      await db.annotations.add({ itemId: id, notes: o.notes ?? '', offence: o.offence ?? null, workRelation: '', learnedHow: '', impact: '', updatedAt: capturedAt.toISOString() });
    }
  });
  return metadata;
}
