import { browser } from 'wxt/browser';

type Restrictable = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

/**
 * storage.local (the profile, the settings) readable by the extension's own pages and service
 * worker only, not by content scripts: a page that takes over its renderer could otherwise read the
 * officer's profile through them. Content scripts get what they need by message. Chromium supports
 * this for storage.local; Firefox (no setAccessLevel outside storage.session) does not yet.
 */
export async function restrictStorage(): Promise<void> {
  const local = browser.storage.local as unknown as Restrictable;
  if (!local.setAccessLevel) return;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((err: unknown) => console.error('Schildwacht: opslag niet afgeschermd', err));
}
