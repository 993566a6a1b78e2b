import type { SiteAdapter } from './types';

export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  hosts: ['tiktok.com'],
  // Fixture: tests/fixtures/sites/tiktok-composer.html (Draft.js comment bar, Enter sends)
  composer: {
    editor: '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="comment-text"] [contenteditable="true"]',
    send: '[data-e2e="comment-post"]',
    enterSends: true,
    modEnterSends: false,
  },
};
