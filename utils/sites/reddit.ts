import type { SiteAdapter } from './types';

export const reddit: SiteAdapter = {
  platform: 'reddit',
  hosts: ['reddit.com'],
  // Fixture: tests/fixtures/sites/reddit-composer.html (shreddit Lexical comment form; old.reddit textarea)
  composer: {
    editor: 'shreddit-composer [contenteditable="true"], [contenteditable="true"][name="body"], form.usertext textarea, textarea[name="text"]',
    send: 'button[slot="submit-button"], form.usertext button[type="submit"], button[type="submit"]',
    scope: 'form, comment-composer-host',
    enterSends: false,
    modEnterSends: true,
  },
};
