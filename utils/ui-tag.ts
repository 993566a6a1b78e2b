/**
 * The element name of Schildwacht's hosts in pages (the guard, the capture buttons, the scan
 * marks): random per install, so no page can look for a fixed name to learn that an officer's
 * browser runs Schildwacht. A valid custom element name: lower-case letters around one hyphen.
 */
export const UI_TAG = /^[a-z]{6}-[a-z]{5}$/;

export function randomTag(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const letters = [...random(11)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 6)}-${letters.slice(6)}`;
}
