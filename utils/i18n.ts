import type messages from '../public/_locales/nl/messages.json';

/** Every UI string key; Dutch is the reference locale, English must have the same keys. */
export type MessageKey = keyof typeof messages;

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A typed translator over the browser's i18n (passed in, so utils stay browser-free). */
export function makeT(getMessage: GetMessage) {
  return (key: MessageKey, ...subs: string[]): string => getMessage(key, subs.length ? subs : undefined) || key;
}
