import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['linkedin.com'],
  // Fixture: tests/fixtures/sites/linkedin-composer.html (Quill editors: share box, comments, messaging)
  composer: {
    editor: '.ql-editor[contenteditable="true"], .msg-form__contenteditable[contenteditable="true"]',
    send: '.share-actions__primary-action, [class*="comments-comment-box__submit-button"], .msg-form__send-button',
    enterSends: '.msg-form__contenteditable',
    modEnterSends: true,
  },
};
