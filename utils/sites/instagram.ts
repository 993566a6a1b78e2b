import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: ['instagram.com'],
  // Fixture: tests/fixtures/sites/instagram-composer.html (comment textarea, Enter sends; caption editor)
  composer: {
    editor: 'form textarea, [contenteditable="true"][role="textbox"]',
    send: '[role="button"], button',
    sendLabel: /^(plaatsen|post|delen|share|verzenden|send)$/i,
    enterSends: 'form textarea',
    modEnterSends: false,
  },
};
