import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { handleOf, linkOf, match, textOf, timeOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/mastodon-thread.html (thread view: .status posts around a .detailed-status; a remote account).
/** A full @user@instance handle: local accounts are shown without their instance. */
function fullHandle(shown: string | null, profileUrl: string | null): string | null {
  const h = handleOf(shown);
  if (!h || h.slice(1).includes('@') || !profileUrl) return h;
  return `${h}@${new URL(profileUrl).hostname}`;
}

const posts: PostSpec = {
  post: '.status[data-id], .detailed-status',
  extract(post, pageUrl) {
    const who = post.querySelector('.status__display-name, .detailed-status__display-name');
    const profileUrl = linkOf(post, '.status__display-name, .detailed-status__display-name', pageUrl);
    const permalink = linkOf(post, '.status__relative-time, .detailed-status__datetime', pageUrl);
    return {
      author: {
        name: who ? textOf(who, '.display-name__html') : null,
        handle: fullHandle(who ? textOf(who, '.display-name__account') : null, profileUrl),
        profileUrl,
        accountId: who?.getAttribute('data-hover-card-account') ?? who?.getAttribute('data-id') ?? null,
      },
      postId: post.getAttribute('data-id') ?? match(permalink, /\/@[^/]+\/(\d+)/),
      permalink,
      postedAt: timeOf(post.querySelector('.status__relative-time time, .detailed-status__datetime time')),
      text: verbatimText(post.querySelector('.status__content')),
    };
  },
};

export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  availability: {
    removed: /(?:the page you are looking for|de pagina die je zoekt) (?:isn.t here|bestaat niet|is er niet)|this (?:post|toot) (?:has been|was) (?:removed|deleted)|dit bericht is verwijderd/i,
    loginWall: /you need to (?:log|sign) in|je moet (?:inloggen|aanmelden)/i,
  },
  hosts: ['mastodon.social'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '.navigation-bar, .navigation-panel .account',
  posts,
  // Fixture: tests/fixtures/sites/mastodon-composer.html (plain textarea in form.compose-form)
  // Engine fixture: tests/fixtures/engines/mastodon-react.ts (React-controlled textarea)
  composer: {
    engine: 'plain',
    editor: '.compose-form textarea, textarea.autosuggest-textarea__textarea',
    send: '.compose-form button[type="submit"], .compose-form__publish-button-wrapper button',
    scope: '.compose-form',
    enterSends: false,
    modEnterSends: true,
  },
};
