import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { handleOf, linkOf, match, textOf, timeOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/youtube-thread.html (comment threads with replies; one author known only by channel id).
const posts: PostSpec = {
  post: 'ytd-comment-view-model, ytd-comment-renderer',
  extract(post, pageUrl) {
    const profileUrl = linkOf(post, '#author-text', pageUrl);
    const shown = textOf(post, '#author-text');
    const permalink = linkOf(post, '#published-time-text a', pageUrl);
    const handle = match(profileUrl, /\/(@[^/?#]+)/);
    return {
      author: {
        name: shown && !shown.startsWith('@') ? shown : null,
        handle: handle ? handleOf(decodeURIComponent(handle)) : null,
        profileUrl,
        accountId: match(profileUrl, /\/channel\/(UC[\w-]{22})/),
      },
      postId: permalink ? new URL(permalink).searchParams.get('lc') : null,
      permalink,
      postedAt: { shown: timeOf(post.querySelector('#published-time-text a')).shown, parsed: null }, // only relative times ("2 weken geleden")
      text: verbatimText(post.querySelector('#content-text')),
    };
  },
};

export const youtube: SiteAdapter = {
  platform: 'youtube',
  availability: {
    removed: /video unavailable|video niet beschikbaar|this video (?:has been|is) removed|deze video is verwijderd/i,
    loginWall: /sign in to confirm|log in om te bevestigen/i,
  },
  hosts: ['youtube.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '#avatar-btn, ytd-topbar-menu-button-renderer #avatar',
  posts,
  // Fixture: tests/fixtures/sites/youtube-composer.html (comment box; live chat sends on Enter)
  // Engine fixture: tests/fixtures/engines/youtube-plain.ts (plain contenteditable)
  composer: {
    engine: 'plain',
    editor: '#contenteditable-root[contenteditable], yt-live-chat-text-input-field-renderer [contenteditable]',
    send: '#submit-button button, #submit-button, #send-button button',
    scope: 'ytd-commentbox, yt-live-chat-message-input-renderer',
    enterSends: 'yt-live-chat-text-input-field-renderer [contenteditable]',
    modEnterSends: false,
  },
};
