import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, match, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/facebook-thread.html (a group post with comments and a reply, all div[role="article"]).
const TRACKING = /^(__cft__|__tn__|__xts__|ref|mibextid|rdid|share_url)/;

/** A facebook.com link without its tracking parameters. */
function clean(href: string | null | undefined, base: string): string | null {
  const url = absUrl(href, base);
  if (!url) return null;
  const u = new URL(url);
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  return u.href;
}

/** The first match that belongs to this post itself, not to a comment nested in it. */
const own = (post: Element, sel: string) => Array.from(post.querySelectorAll(sel)).find((el) => el.closest('[role="article"]') === post) ?? null;

const posts: PostSpec = {
  post: '[role="article"]',
  extract(post, pageUrl) {
    const isComment = /^(Reactie|Antwoord|Comment|Reply)\b/.test(post.getAttribute('aria-label') ?? '');
    const author = Array.from(post.querySelectorAll('a[role="link"]:not([aria-hidden="true"])'))
      .find((a) => a.closest('[role="article"]') === post && verbatimText(a));
    const rawProfile = clean(author?.getAttribute('href'), pageUrl);
    const profileUrl = rawProfile ? rawProfile.replace(/[?&]comment_id=[^&]*/, '').replace(/\?$/, '') : null;
    const time = own(post, isComment ? 'a[href*="comment_id="][href*="/posts/"], a[href*="comment_id="][href*="story_fbid"]' : 'a[href*="/posts/"]:not([href*="comment_id"]), a[href*="/permalink/"], a[href*="story_fbid="]');
    const permalink = clean(time?.getAttribute('href'), pageUrl);
    const params = permalink ? new URL(permalink).searchParams : null;
    const vanity = match(profileUrl, /^https:\/\/[^/]+\/([\w.]+)\/?$/);
    return {
      author: {
        name: author ? verbatimText(author) : null,
        handle: vanity && vanity !== 'profile.php' ? vanity : null,
        profileUrl,
        accountId: match(profileUrl, /\/user\/(\d+)/) ?? match(profileUrl, /[?&]id=(\d+)/),
      },
      postId: isComment
        ? (params?.get('reply_comment_id') ?? params?.get('comment_id') ?? null)
        : (match(permalink, /\/(?:posts|permalink)\/(\w+)/) ?? params?.get('story_fbid') ?? null),
      permalink,
      postedAt: { shown: time ? verbatimText(time) || time.getAttribute('aria-label') : null, parsed: null }, // no machine-readable time in the page
      text: verbatimText(own(post, isComment ? 'span[lang], div[dir="auto"]' : '[data-ad-comet-preview="message"], [data-ad-preview="message"]')),
    };
  },
};

export const facebook: SiteAdapter = {
  platform: 'facebook',
  availability: {
    removed: /this content isn.t available|deze content is (?:momenteel )?niet beschikbaar|this page isn.t available/i,
    loginWall: /(?:log in|inloggen|aanmelden) (?:to|bij|op) facebook|you must log in/i,
  },
  hosts: ['facebook.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '[aria-label="Your profile"], [aria-label="Je profiel"], [aria-label="Uw profiel"], [aria-label="Account controls and settings"]',
  posts,
  // Fixture: tests/fixtures/sites/facebook-composer.html (Lexical editors; comment boxes send on Enter)
  // Engine fixture: tests/fixtures/engines/facebook-lexical.ts (real Lexical)
  composer: {
    engine: 'lexical',
    editor: '[contenteditable="true"][role="textbox"]',
    send: '[role="button"][aria-label], button[type="submit"]',
    sendLabel: /^(plaatsen|post|posten|publiceren|reactie plaatsen|opmerking plaatsen|reageren|comment|verzenden|send|delen|share)$/i,
    enterSends: 'form[role="presentation"] [contenteditable="true"], [aria-label^="Schrijf een "], [aria-label^="Write a "]',
    modEnterSends: false,
  },
};
