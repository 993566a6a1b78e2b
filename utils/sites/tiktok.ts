import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, handleOf, match, textOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/tiktok-thread.html (a video page: the description, comments and a reply).
const posts: PostSpec = {
  post: '[data-e2e="browse-video-desc-wrapper"], [class*="DivCommentContentContainer"]',
  extract(post, pageUrl) {
    const isComment = !post.matches('[data-e2e="browse-video-desc-wrapper"]');
    const profileLink = post.querySelector('a[href^="/@"]');
    const handle = match(profileLink?.getAttribute('href'), /^\/@([\w.-]+)/);
    const video = match(new URL(pageUrl).pathname, /\/video\/(\d+)/);
    return {
      author: {
        name: textOf(post, isComment ? '[data-e2e^="comment-username"]' : '[data-e2e="browser-nickname"] span'),
        handle: handleOf(handle),
        profileUrl: handle ? absUrl(`/@${handle}`, pageUrl) : null,
        accountId: null, // TikTok does not put account ids in the page
      },
      // Comments have no address of their own on TikTok; the video has.
      postId: isComment ? null : video,
      permalink: isComment || !video ? null : absUrl(`/@${match(new URL(pageUrl).pathname, /^\/@([\w.-]+)/)}/video/${video}`, pageUrl),
      postedAt: { shown: textOf(post, isComment ? '[data-e2e^="comment-time"]' : '[data-e2e="browser-nickname"] span:last-child'), parsed: null },
      text: verbatimText(post.querySelector(isComment ? '[data-e2e^="comment-level"]' : '[data-e2e="browse-video-desc"]')),
    };
  },
};

export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  availability: {
    removed: /video currently unavailable|video is momenteel niet beschikbaar|couldn.t find this (?:account|video)/i,
    loginWall: /(?:log in|inloggen) (?:to|bij|op) tiktok/i,
  },
  hosts: ['tiktok.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: '[data-e2e="profile-icon"], [data-e2e="nav-profile"]',
  posts,
  // Fixture: tests/fixtures/sites/tiktok-composer.html (Draft.js comment bar, Enter sends)
  composer: {
    engine: 'draft',
    editor: '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="comment-text"] [contenteditable="true"]',
    send: '[data-e2e="comment-post"]',
    enterSends: true,
    modEnterSends: false,
  },
};
