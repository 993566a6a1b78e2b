import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  platform: 'youtube',
  hosts: ['youtube.com'],
  // Fixture: tests/fixtures/sites/youtube-composer.html (comment box; live chat sends on Enter)
  composer: {
    editor: '#contenteditable-root[contenteditable], yt-live-chat-text-input-field-renderer [contenteditable]',
    send: '#submit-button button, #submit-button, #send-button button',
    scope: 'ytd-commentbox, yt-live-chat-message-input-renderer',
    enterSends: 'yt-live-chat-text-input-field-renderer [contenteditable]',
    modEnterSends: false,
  },
};
