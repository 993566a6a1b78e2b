import type { SiteAdapter } from './types';

/**
 * Any site the officer switches the guard on for (settings.extraHosts, kind 'generic'): every
 * textarea or rich text field, sent by a submit button or a button labelled like a send action.
 */
export const generic: SiteAdapter = {
  platform: 'generic',
  availability: {
    removed: /\b(?:404|410)\b[^\n]{0,40}(?:not found|niet gevonden|gone|verwijderd)|page not found|pagina niet gevonden|this (?:post|content) (?:has been|was) (?:removed|deleted)|dit bericht is verwijderd/i,
    loginWall: /(?:log in|sign in|inloggen|aanmelden) (?:to continue|om verder te gaan|om dit te bekijken)/i,
  },
  hosts: [],
  // Fixture: tests/fixtures/sites/generic-composer.html (forum reply form and a contenteditable chat box)
  composer: {
    engine: 'plain',
    editor: 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
    send: 'button, input[type="submit"], [role="button"]',
    sendLabel: /^(plaats|post|verzend|verstuur|stuur|reageer|publiceer|deel|opslaan|send|submit|reply|comment|publish|share|save)/i,
    enterSends: false,
    modEnterSends: true,
  },
};
