import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  hosts: ['bsky.app'],
  // Fixture: tests/fixtures/sites/bluesky-composer.html (TipTap/ProseMirror editor in the composer dialog)
  composer: {
    editor: '.ProseMirror[contenteditable="true"], [data-testid="composerTextInput"] [contenteditable="true"]',
    send: '[data-testid="composerPublishBtn"], [data-testid="messageInputSendButton"]',
    enterSends: '[data-testid="messageInput"]',
    modEnterSends: true,
  },
};
