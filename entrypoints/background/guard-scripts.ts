import { browser } from 'wxt/browser';
import { extraGuardOrigins } from '../../utils/guard/hosts';
import { loadSettings } from '../../utils/settings';
import { keepRegistered, syncOnSettings } from './registered-script';

export const GUARD_SCRIPT = '/content-scripts/guard.js';
const SCRIPT = { id: 'schildwacht-guard-extra', js: [GUARD_SCRIPT.slice(1)], runAt: 'document_idle' as const, allFrames: true };

/** The extra sites the officer switched on and granted access to (the manifest covers the built-in platforms). */
async function grantedOrigins(): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of extraGuardOrigins(await loadSettings(browser.storage.local))) {
    if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  }
  return granted;
}

/** Registers the guard content script on those sites, at start and on every change of settings or permissions. */
export function guardScriptsWatch(): void {
  const syncSoon = syncOnSettings(async () => keepRegistered(SCRIPT, await grantedOrigins()), 'Schildwacht: registratie guard mislukt');
  browser.permissions.onAdded.addListener(syncSoon);
  browser.permissions.onRemoved.addListener(syncSoon);
}
