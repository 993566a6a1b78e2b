/** Site knowledge: how a platform's page looks. The guard and the capture pipeline use these. */
export const platforms = [
  'x', 'facebook', 'instagram', 'linkedin', 'reddit', 'tiktok', 'youtube', 'bluesky', 'mastodon', 'telegram', 'generic',
] as const;
export type Platform = (typeof platforms)[number];

/**
 * The editor engine a platform's rich composer runs. Sites post what the engine's model holds, so
 * the guard's fix goes through the engine (utils/guard/fix/). Textareas are recognised as such.
 */
export type EditorEngine = 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'plain';

/** How to find a composer and its send controls (composer guard). */
export interface ComposerSpec {
  engine: EditorEngine;
  /** Editable elements that hold a post or comment being written. */
  editor: string;
  /** Controls that send the post (buttons). */
  send: string;
  /** When set, a send control must also carry this label (aria-label or text): sites without stable attributes. */
  sendLabel?: RegExp;
  /**
   * The element around one composer. Without it, the editors of a send control are found in
   * its nearest ancestor that holds any editor (a thread composer can hold several).
   */
  scope?: string;
  /** Whether plain Enter sends: in every editor (true), none (false) or editors matching this selector. */
  enterSends: boolean | string;
  /** Whether Ctrl/Cmd+Enter sends. */
  modEnterSends: boolean;
}

/** Kinds of media a post can carry (PostContext). */
export const mediaKinds = ['photo', 'video', 'document', 'audio', 'sticker', 'other'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/**
 * Where a message stands and what it carries, for chat platforms (Telegram): the channel or group
 * (name and id as the page shows them), whom it was forwarded from, and its media.
 */
export interface PostContext {
  channel: { name: string | null; id: string | null } | null;
  forwardedFrom: string | null;
  media: { kind: MediaKind; name: string | null }[];
}

/** What the capture pipeline reads from one post. */
export interface PostInfo {
  author: { name: string | null; handle: string | null; profileUrl: string | null; accountId: string | null };
  postId: string | null;
  permalink: string | null;
  postedAt: { shown: string | null; parsed: string | null };
  text: string;
  /** Chat platforms only; older items and other platforms have none. */
  context?: PostContext;
}

/** How to find posts on a page and read them (evidence capture). */
export interface PostSpec {
  post: string;
  extract(post: Element, pageUrl: string): PostInfo;
}

/**
 * How the platform says a post is gone or hides it behind a login (takedown follow-up's online
 * check). Tested against the page title and the start of its text, in Dutch and English.
 */
export interface AvailabilitySpec {
  removed: RegExp;
  loginWall: RegExp;
}

export interface SiteAdapter {
  platform: Platform;
  /** Host names this adapter serves (exact, or any subdomain of them). */
  hosts: readonly string[];
  composer?: ComposerSpec;
  posts?: PostSpec;
  /**
   * Where the page shows the logged-in account (the officer's own name, handle, avatar): blacked out
   * in an export "onder nummer".
   */
  account?: string;
  availability?: AvailabilitySpec;
}

export function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase();
  return hosts.some((x) => h === x || h.endsWith(`.${x}`));
}
