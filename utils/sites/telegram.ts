import { A_POST, extractA } from './telegram-a';
import { K_POST, extractK } from './telegram-k';
import type { PostSpec, SiteAdapter } from './types';

/**
 * Telegram Web, both clients on web.telegram.org: /k/ (tweb, "WebK") and /a/ (telegram-tt, "WebA").
 * One adapter: each message tells by its DOM which client drew it.
 * Posts: tests/fixtures/sites/telegram-k-channel.html (WebK, public channel: photo, document, forwarded,
 * signature, two days), tests/fixtures/sites/telegram-a-group.html (WebA, private group: several senders,
 * forwarded, photo, document, voice, sticker, two days) and the WebK group in telegram-composer.html.
 */
const posts: PostSpec = {
  post: `${K_POST}, ${A_POST}`,
  extract: (post, pageUrl) => (post.matches(K_POST) ? extractK(post, pageUrl) : extractA(post, pageUrl)),
};

export const telegram: SiteAdapter = {
  platform: 'telegram',
  availability: {
    // A message that is gone is simply not in the chat any more; these are the pages for a chat that is gone
    // or blocked by Telegram. A private chat ("This channel is private") is not proof of removal.
    removed: /can.t be displayed because it (?:was used to spread|violated)|kan niet worden weergegeven omdat|sorry, this (?:user|channel|group|chat) doesn.t seem to exist|deze (?:gebruiker|groep|chat|kanaal) lijkt niet te bestaan|(?:channel|group) (?:was|has been) deleted|(?:kanaal|groep) is verwijderd/i,
    loginWall: /log in to telegram|sign in to telegram|inloggen (?:bij|op) telegram|log in (?:by|with) (?:qr code|phone number)|inloggen met (?:een )?(?:qr-code|telefoonnummer)|enter your phone number|voer (?:je|uw) telefoonnummer in/i,
  },
  hosts: ['web.telegram.org'],
  posts,
  // Fixture: tests/fixtures/sites/telegram-composer.html (WebK: div.input-message-input beside a hidden
  // fake copy for measuring; send button .btn-send). WebA's composer is in tests/fixtures/sites/telegram-a-group.html
  // (#editable-message-text, send button .main-button). Both are plain contenteditables; Enter sends.
  composer: {
    engine: 'plain',
    editor: '.chat-input div.input-message-input[contenteditable]:not(.input-field-input-fake), #editable-message-text[contenteditable]',
    send: '.chat-input button.btn-send, .Composer button.main-button.send',
    scope: '.chat-input, .Composer',
    enterSends: true,
    modEnterSends: true,
  },
};
