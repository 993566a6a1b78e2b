import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { absUrl, handleOf, linkOf, match, timeOf, verbatimText } from './post-parts';

// Posts: tests/fixtures/sites/instagram-thread.html (a post page: the article, its caption and comments inside it).
const posts: PostSpec = {
  post: 'article, ul._a9ym li._a9zj',
  extract(post, pageUrl) {
    const isComment = post.tagName.toLowerCase() === 'li';
    // The post's author is in its header; its text is the caption (the first item of the list).
    const user = post.querySelector(isComment ? 'h3 a, h2 a' : 'header a[href]:not([href="#"])');
    const name = match(user?.getAttribute('href'), /^\/([\w.]+)\/?$/);
    const caption = isComment ? null : post.querySelector('ul._a9z6 li._a9z5, ul li');
    const time = (isComment ? post : caption)?.querySelector('time') ?? null;
    const link = time?.closest('a')?.getAttribute('href');
    const page = absUrl(new URL(pageUrl).pathname, pageUrl);
    const permalink = isComment ? absUrl(link, pageUrl) : /^\/(p|reel)\//.test(new URL(pageUrl).pathname) ? page : absUrl(link, pageUrl);
    return {
      author: { name: null, handle: handleOf(name), profileUrl: user ? linkOf(post, isComment ? 'h3 a, h2 a' : 'header a[href]', pageUrl) : null, accountId: null },
      postId: isComment ? match(permalink, /\/c\/(\d+)/) : match(permalink, /\/(?:p|reel)\/([\w-]+)/),
      permalink,
      postedAt: timeOf(time),
      text: verbatimText(isComment ? post.querySelector('span[dir="auto"]') : caption?.querySelector('h1') ?? null),
    };
  },
};

export const instagram: SiteAdapter = {
  platform: 'instagram',
  availability: {
    removed: /sorry, this page isn.t available|sorry, deze pagina is niet beschikbaar|this post is unavailable/i,
    loginWall: /(?:log in|inloggen|aanmelden) (?:to|bij|op) instagram|sign up to see photos/i,
  },
  hosts: ['instagram.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer): the platform's account button or menu.
  account: 'a[href$="/"][role="link"] img[alt*="profile picture" i], img[alt*="profielfoto" i]',
  posts,
  // Fixture: tests/fixtures/sites/instagram-composer.html (comment textarea, Enter sends; caption editor)
  // Engine fixture: tests/fixtures/engines/instagram-lexical.ts (real Lexical caption)
  composer: {
    engine: 'lexical',
    editor: 'form textarea, [contenteditable="true"][role="textbox"]',
    send: '[role="button"], button',
    sendLabel: /^(plaatsen|post|delen|share|verzenden|send)$/i,
    enterSends: 'form textarea',
    modEnterSends: false,
  },
};
