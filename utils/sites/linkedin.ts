import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, match, textOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/linkedin-thread.html (an update with a comment and a reply nested in it).
/** The first match belonging to this post, not to a comment nested in it. */
const own = (post: Element, sel: string) =>
  Array.from(post.querySelectorAll(sel)).find((el) => el.parentElement?.closest('[data-urn], article.comments-comment-entity') === post) ?? null;

/** A profile address without LinkedIn's tracking parameters. */
const profile = (href: string | null | undefined, base: string) => {
  const url = absUrl(href, base);
  return url ? url.split('?')[0]! : null;
};

const posts: PostSpec = {
  post: '[data-urn^="urn:li:activity:"], article.comments-comment-entity',
  extract(post, pageUrl) {
    const isComment = post.matches('article');
    const urn = post.getAttribute(isComment ? 'data-id' : 'data-urn');
    const activity = match(urn, /activity:(\d+)/);
    const profileUrl = profile(own(post, isComment ? 'a.comments-comment-meta__description-container' : 'a.update-components-actor__meta-link')?.getAttribute('href'), pageUrl);
    const nameEl = own(post, isComment ? '.comments-comment-meta__description-title' : '.update-components-actor__title');
    const timeEl = own(post, isComment ? 'time.comments-comment-meta__data' : '.update-components-actor__sub-description');
    const permalink = activity
      ? `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/${isComment && urn ? `?commentUrn=${encodeURIComponent(urn)}` : ''}`
      : null;
    return {
      author: {
        name: nameEl ? textOf(nameEl, '[aria-hidden="true"]') ?? verbatimText(nameEl) : null,
        handle: match(profileUrl, /\/in\/([^/]+)/),
        profileUrl,
        accountId: null, // only the public profile name is in the page
      },
      postId: isComment ? match(urn, /,(\d+)\)$/) : activity,
      permalink,
      postedAt: { shown: timeEl ? (textOf(timeEl, '[aria-hidden="true"]') ?? verbatimText(timeEl)).replace(/[\s•]+$/, '') : null, parsed: null },
      text: verbatimText(own(post, isComment ? '.comments-comment-item__main-content' : '.update-components-text')),
    };
  },
};

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  availability: {
    removed: /this (?:post|page) (?:cannot be displayed|doesn.t exist)|deze (?:post|pagina) (?:kan niet worden weergegeven|bestaat niet)/i,
    loginWall: /(?:sign in|log in|inloggen|aanmelden) (?:to|bij|op) linkedin|join linkedin|word lid van linkedin/i,
  },
  hosts: ['linkedin.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '.global-nav__me, .feed-identity-module',
  posts,
  // Fixture: tests/fixtures/sites/linkedin-composer.html (Quill editors: share box, comments, messaging)
  // Engine fixture: tests/fixtures/engines/linkedin-quill.ts (real Quill)
  composer: {
    engine: 'quill',
    editor: '.ql-editor[contenteditable="true"], .msg-form__contenteditable[contenteditable="true"]',
    send: '.share-actions__primary-action, [class*="comments-comment-box__submit-button"], .msg-form__send-button',
    enterSends: '.msg-form__contenteditable',
    modEnterSends: true,
  },
};
