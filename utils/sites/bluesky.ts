import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, linkOf, match, textOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/bluesky-thread.html (thread: the anchor post with its full date, replies with relative times).
const posts: PostSpec = {
  post: '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]',
  extract(post, pageUrl) {
    const handle = match(post.getAttribute('data-testid'), /-by-(.+)$/);
    const profile = handle ? `a[href="/profile/${handle}"]` : 'a[href^="/profile/"]';
    const timeLink = post.querySelector('a[href*="/post/"]');
    // The anchor post of a thread has no link to itself: the page is its permalink.
    const permalink = absUrl(timeLink?.getAttribute('href'), pageUrl) ?? (/\/post\/[^/]+$/.test(new URL(pageUrl).pathname) ? pageUrl : null);
    const shown = timeLink ? verbatimText(timeLink) : textOf(post, '[data-testid="postDate"]');
    return {
      author: {
        name: Array.from(post.querySelectorAll(profile)).map((a) => verbatimText(a)).find((t) => t && !t.startsWith('@')) ?? null,
        handle: handle ? `@${handle}` : null,
        profileUrl: linkOf(post, profile, pageUrl),
        // The account's DID, from its avatar's address on the Bluesky CDN.
        accountId: match(post.querySelector('img[src*="/avatar/"]')?.getAttribute('src'), /\/(did:[a-z]+:[\w.%-]+)\//),
      },
      postId: match(permalink, /\/post\/([\w]+)/),
      permalink,
      postedAt: { shown: timeLink?.getAttribute('aria-label') ?? shown ?? null, parsed: null }, // shown in the officer's local time, without a zone
      text: verbatimText(post.querySelector('[data-testid="postText"]')),
    };
  },
};

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  availability: {
    removed: /post not found|bericht niet gevonden|this post has been deleted|dit bericht is verwijderd/i,
    loginWall: /(?:sign in|log in|inloggen) (?:to|bij|op) bluesky|this (?:post|author) requires you to (?:sign|log) in/i,
  },
  hosts: ['bsky.app'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '[aria-label="Profile"], [aria-label="Profiel"], [data-testid="profileCardButton"]',
  posts,
  // Fixture: tests/fixtures/sites/bluesky-composer.html (TipTap/ProseMirror editor in the composer dialog)
  // Engine fixture: tests/fixtures/engines/bluesky-tiptap.ts (real TipTap)
  composer: {
    engine: 'prosemirror',
    editor: '.ProseMirror[contenteditable="true"], [data-testid="composerTextInput"] [contenteditable="true"]',
    send: '[data-testid="composerPublishBtn"], [data-testid="messageInputSendButton"]',
    enterSends: '[data-testid="messageInput"]',
    modEnterSends: true,
  },
};
