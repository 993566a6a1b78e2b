import type { SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: ['facebook.com'],
  // Fixture: tests/fixtures/sites/facebook-composer.html (Lexical editors; comment boxes send on Enter)
  composer: {
    editor: '[contenteditable="true"][role="textbox"]',
    send: '[role="button"][aria-label], button[type="submit"]',
    sendLabel: /^(plaatsen|post|posten|publiceren|reactie plaatsen|opmerking plaatsen|reageren|comment|verzenden|send|delen|share)$/i,
    enterSends: 'form[role="presentation"] [contenteditable="true"], [aria-label^="Schrijf een "], [aria-label^="Write a "]',
    modEnterSends: false,
  },
};
