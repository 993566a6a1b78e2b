import type { Platform } from '../sites/types';
import type { CaptureTarget } from './capture-target';
import { localIso } from './clock';
import { pageChange } from './page-change';
import { type FileEntry, type Metadata, type PixelsFrom, metadataSchema } from './model';

/** Everything the background knows at capture, apart from what the content script measured. */
export interface CaptureFacts {
  id: string;
  /** The tab's URL and title as the browser reports them. */
  tabUrl: string;
  tabTitle: string;
  capturedAt: Date;
  timeZone: string;
  serverDate: string | null;
  userAgent: string;
  browserVersion: string;
  extensionVersion: string;
  files: Record<string, FileEntry>;
  /** Whether the pictures are the browser's screen pixels or an html2canvas reconstruction. */
  pixelsFrom: PixelsFrom;
  /** The post read once more after the pixels were taken (null: no post, or the page could not say). */
  reread?: string | null;
}

/** `pageChanged` when the post read differently around the capture; nothing when it did not. */
function changedOf(target: CaptureTarget, reread: string | null) {
  const changed = target.post ? pageChange(target.post.info.text, target.post.before, reread) : null;
  return changed ? { pageChanged: changed } : {};
}

/** metadata.json of a new item, validated against the contract's schema (throws when it does not fit). */
export function buildMetadata(target: CaptureTarget, facts: CaptureFacts): Metadata {
  const post = target.post?.info;
  const platform: Platform = target.platform;
  return metadataSchema.parse({
    id: facts.id,
    url: facts.tabUrl,
    permalink: post?.permalink ?? null,
    platform,
    pageTitle: facts.tabTitle || target.pageTitle,
    author: post?.author ?? { name: null, handle: null, profileUrl: null, accountId: null },
    postId: post?.postId ?? null,
    postedAt: post?.postedAt ?? { shown: null, parsed: null },
    text: post?.text ?? '',
    ...(post?.context ? { context: post.context } : {}),
    capturedAt: facts.capturedAt.toISOString(),
    timeZone: facts.timeZone,
    localTime: localIso(facts.capturedAt, facts.timeZone),
    serverDate: facts.serverDate,
    viewport: target.viewport,
    devicePixelRatio: target.devicePixelRatio,
    userAgent: facts.userAgent,
    browserVersion: facts.browserVersion,
    extensionVersion: facts.extensionVersion,
    wholePage: !target.post,
    files: facts.files,
    pixelsFrom: facts.pixelsFrom,
    ...changedOf(target, facts.reread ?? null),
  });
}

/** The lower-cased text the locker searches: author, handle, text, URL. */
export function searchText(m: Metadata): string {
  return [m.author.name, m.author.handle, m.text, m.url, m.permalink, m.pageTitle]
    .filter(Boolean).join('\n').toLowerCase();
}

/** The canonical bytes of metadata.json: pretty-printed, UTF-8, ending in a newline. */
export function metadataBytes(m: Metadata): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
}
