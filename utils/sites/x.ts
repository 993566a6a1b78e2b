import type { SiteAdapter } from './types';
import type { PostSpec } from './types';
import { linkOf, match, textOf, timeOf, verbatimText, handleOf } from './post-parts';

// Posts: tests/fixtures/sites/x-thread.html (a conversation; one reply quotes another post inside a role="link" box).
const own = (post: Element, sel: string) =>
  Array.from(post.querySelectorAll(sel)).find((el) => !post.contains(el.parentElement?.closest('[role="link"]') ?? null)) ?? null;
const posts: PostSpec = {
  post: 'article[data-testid="tweet"]',
  extract(post, pageUrl) {
    const user = own(post, '[data-testid="User-Name"]');
    const permalink = user ? linkOf(user, 'a[href*="/status/"]', pageUrl) : null;
    const handle = Array.from(user?.querySelectorAll('span') ?? []).map((s) => s.textContent?.trim() ?? '').find((t) => t.startsWith('@'));
    return {
      author: {
        name: user ? textOf(user, 'a') : null,
        handle: handleOf(handle),
        profileUrl: user ? linkOf(user, 'a:not([href*="/status/"])', pageUrl) : null,
        accountId: null, // x.com does not put the numeric account id in the page
      },
      postId: match(permalink, /\/status\/(\d+)/),
      permalink,
      postedAt: timeOf(user?.querySelector('time')),
      text: verbatimText(own(post, '[data-testid="tweetText"]')),
    };
  },
};

export const x: SiteAdapter = {
  platform: 'x',
  availability: {
    removed: /this post (?:is unavailable|was deleted)|deze post is niet (?:meer )?beschikbaar|this page doesn.t exist|deze pagina bestaat niet|account (?:is )?suspended|account is geschorst/i,
    loginWall: /(?:log in|inloggen|sign in|aanmelden) (?:to|bij|op) x\b|^(?:log in|inloggen|sign in|aanmelden)\b/im,
  },
  hosts: ['x.com','twitter.com'],
  // The logged-in officer's own account in the page (blacked out onder nummer). Fixture: tests/fixtures/sites/x-logged-in.html
  account: '[data-testid="SideNav_AccountSwitcher_Button"], [data-testid="AppTabBar_Profile_Link"], [data-testid="DashButton_ProfileIcon_Link"]',
  posts,
  // Fixture: tests/fixtures/sites/x-composer.html (Draft.js editor; the button is re-rendered on every keystroke)
  // Engine fixture: tests/fixtures/engines/x-draft.ts (real Draft.js)
  composer: {
    engine: 'draft',
    editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid="dmComposerTextInput"]',
    send: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]',
    enterSends: '[data-testid="dmComposerTextInput"]',
    modEnterSends: true,
  },
};
