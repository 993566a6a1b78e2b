import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, isoTime, match, timeOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/reddit-thread.html (shreddit: a post and comments nested in their parent comment).
const posts: PostSpec = {
  post: 'shreddit-post, shreddit-comment',
  extract(post, pageUrl) {
    const isComment = post.tagName.toLowerCase() === 'shreddit-comment';
    const author = post.getAttribute('author');
    const permalink = absUrl(post.getAttribute('permalink'), pageUrl);
    // The comment's own meta and body: its direct children, not those of nested replies.
    const meta = isComment ? post.querySelector(':scope > [slot="commentMeta"]') : post;
    const time = timeOf(meta?.querySelector('faceplate-timeago time') ?? null);
    const parsed = isoTime(meta?.querySelector('faceplate-timeago')?.getAttribute('ts')) ?? isoTime(post.getAttribute('created-timestamp')?.replace(/\.\d+\+0000$/, 'Z'));
    const title = isComment ? '' : verbatimText(post.querySelector('[slot="title"]'));
    const body = verbatimText(post.querySelector(isComment ? ':scope > [slot="comment"]' : '[slot="text-body"]'));
    return {
      author: {
        name: null, // Reddit shows only the user name
        handle: author ? `u/${author}` : null,
        profileUrl: author ? absUrl(`/user/${author}/`, pageUrl) : null,
        accountId: post.getAttribute('author-id'),
      },
      postId: post.getAttribute('thingid') ?? post.getAttribute('id') ?? match(permalink, /\/comments\/(\w+)/),
      permalink,
      postedAt: { shown: time.shown, parsed: parsed ?? time.parsed },
      text: [title, body].filter(Boolean).join('\n\n'),
    };
  },
};

export const reddit: SiteAdapter = {
  platform: 'reddit',
  availability: {
    removed: /sorry, this post (?:was|has been) (?:removed|deleted)|\[(?:removed|deleted|verwijderd)\]|page not found|pagina niet gevonden/i,
    loginWall: /(?:log in|inloggen) (?:to|bij|op) reddit|you.ve been blocked by network security/i,
  },
  hosts: ['reddit.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '#expand-user-drawer-button, [data-testid="user-drawer-button"]',
  posts,
  // Fixture: tests/fixtures/sites/reddit-composer.html (shreddit Lexical comment form; old.reddit textarea)
  composer: {
    engine: 'lexical',
    editor: 'shreddit-composer [contenteditable="true"], [contenteditable="true"][name="body"], form.usertext textarea, textarea[name="text"]',
    send: 'button[slot="submit-button"], form.usertext button[type="submit"], button[type="submit"]',
    scope: 'form, comment-composer-host',
    enterSends: false,
    modEnterSends: true,
  },
};
