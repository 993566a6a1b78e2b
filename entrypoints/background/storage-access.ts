import { browser } from 'wxt/browser';
import { extensionDb } from '../../utils/db';
import { LEGACY_PROFILE_KEY, moveLegacyProfile } from '../../utils/profile-store';

type Restrictable = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

function moveProfile(): void {
  moveLegacyProfile(extensionDb(), browser.storage.local).catch((err: unknown) => console.error('Schildwacht: profiel niet verplaatst', err));
}

/**
 * The profile lives in the extension's database, which content scripts cannot open in any browser;
 * one that an earlier version left in storage.local is moved there at start and whenever one appears.
 * storage.local (the settings) is also made readable by the extension's own pages and worker only,
 * where the browser can (Chromium; Firefox has no setAccessLevel outside storage.session).
 */
export async function restrictStorage(): Promise<void> {
  moveProfile();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[LEGACY_PROFILE_KEY]?.newValue !== undefined) moveProfile();
  });
  const local = browser.storage.local as unknown as Restrictable;
  if (!local.setAccessLevel) return;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((err: unknown) => console.error('Schildwacht: opslag niet afgeschermd', err));
}
