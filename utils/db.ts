import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { CustodyEntry } from './evidence/custody';
import type { Annotation, Metadata } from './evidence/model';
import type { ScanRecord } from './findability/record';
import type { RedactRect } from './evidence/identity';
import type { Notice, OnlineCheck } from './evidence/takedown';
import { searchWords } from './evidence/search-words';

/** One captured item: the frozen metadata plus a few copied fields for the locker's indexes. */
export interface StoredItem {
  id: string;
  capturedAt: string;
  platform: string;
  caseId: string | null;
  /** Lower-cased author and text, for search in the locker. */
  search: string;
  /** The distinct words of `search` (utils/evidence/search-words.ts), kept by the database itself. */
  words?: string[];
  metadata: Metadata;
  /**
   * Where screenshot.png shows the officer (account regions, own names and handles), found at capture:
   * blacked out in an export onder nummer. Boxes only, never which term matched.
   */
  redact?: RedactRect[];
}

/** One artefact of an item (screenshot.png, post.png, page.mhtml, metadata.json, …). */
export interface StoredFile {
  itemId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  blob: Blob;
}

export interface CaseRecord {
  id: string;
  title: string;
  createdAt: string;
}

/** What one exposure scan of a page found (findability training); its zod schema lives with it. */
export type { ScanRecord };

/**
 * A capture whose timestamp (RFC 3161, over its metadata.json) could not be taken yet:
 * the TSA was unreachable. Retried until it succeeds; the delay is recorded when it does.
 */
export interface QueuedStamp {
  itemId: string;
  queuedAt: string;
  attempts: number;
  /** When to try again (ms since epoch). */
  nextAt: number;
  lastError: string;
}

/** An export onder nummer as filed: its manifest commits the withheld originals, delivered later to the police. */
export interface ExportRecord {
  bundleId: string;
  created: string;
  fingerprint: string;
  /** manifest.json exactly as in the bundle (its SHA-256 is the fingerprint). */
  manifest: string;
}

/**
 * The officer's own data (today one record, key 'profile'): kept here, in the extension's origin,
 * because content scripts can read storage.local in Firefox. `value` is stored unparsed, so that
 * a damaged profile stays visibly damaged (utils/profile-store.ts parses it on every read).
 */
export interface PersonalRecord {
  key: 'profile';
  value: unknown;
}

/**
 * An item's thumbnail as the locker shows it: thumbnail.jpg's bytes as a data: URL, stored inline,
 * so a page of rows needs one read and no blob URLs. A display copy only: the evidence is the file.
 */
export interface ThumbRecord {
  itemId: string;
  src: string;
}

/** Schildwacht's one database. Schema changes add a version here and a migration test. */
export class SchildwachtDB extends Dexie {
  items!: EntityTable<StoredItem, 'id'>;
  files!: Table<StoredFile, [string, string]>;
  annotations!: EntityTable<Annotation, 'itemId'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  custody!: Table<CustodyEntry, [string, number]>;
  scans!: EntityTable<ScanRecord, 'id'>;
  stampQueue!: EntityTable<QueuedStamp, 'itemId'>;
  exports!: EntityTable<ExportRecord, 'bundleId'>;
  personal!: EntityTable<PersonalRecord, 'key'>;
  notices!: EntityTable<Notice, 'id'>;
  checks!: EntityTable<OnlineCheck, 'id'>;
  thumbs!: EntityTable<ThumbRecord, 'itemId'>;

  constructor(name = 'schildwacht', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // The compound indexes let the locker page through one platform or case newest-first.
      items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt]',
      files: '[itemId+name], itemId',
      annotations: 'itemId, offence',
      cases: 'id, createdAt',
      custody: '[itemId+seq], itemId',
      scans: 'id, at, url, mode',
    });
    // 2: timestamps at capture, queued while the TSA is unreachable (the token itself is an item file).
    this.version(2).stores({ stampQueue: 'itemId, nextAt' });
    // 3: exports onder nummer, so that their withheld originals can be exported for the police later.
    this.version(3).stores({ exports: 'bundleId, created' });
    // 4: the officer's profile, moved here from storage.local (utils/profile-store.ts moves it on first read).
    this.version(4).stores({ personal: 'key' });
    // 5: a word index for the locker's search (fast with tens of thousands of items).
    this.version(5)
      .stores({ items: 'id, capturedAt, platform, caseId, [platform+capturedAt], [caseId+capturedAt], *words' })
      .upgrade((tx) => tx.table('items').toCollection().modify((item: StoredItem) => { item.words = searchWords(item.search); }));
    // 6: takedown follow-up: notices to the platforms and online checks, per item (utils/evidence/takedown.ts).
    this.version(6).stores({ notices: 'id, itemId, date', checks: 'id, itemId, at' });
    // 7: the locker's thumbnails inline (utils/evidence/thumbs.ts); older items get theirs when first listed.
    this.version(7).stores({ thumbs: 'itemId' });
    // Every writer of items (capture, import) gets the words without having to know of them.
    this.items.hook('creating', (_key, item) => { item.words = searchWords(item.search); });
    this.items.hook('updating', (change) => ('search' in change ? { words: searchWords(String(change.search)) } : undefined));
  }
}

let shared: SchildwachtDB | undefined;

/** The extension's database, opened once per page or worker (tests make their own SchildwachtDB). */
export function extensionDb(): SchildwachtDB {
  shared ??= new SchildwachtDB();
  return shared;
}
