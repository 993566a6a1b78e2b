import { browser } from 'wxt/browser';
import { extraGuardOrigins } from '../../utils/guard/hosts';
import { SETTINGS_KEY, loadSettings } from '../../utils/settings';
import { POLICY_KEY } from '../../utils/policy';

const ID = 'schildwacht-guard-extra';
export const GUARD_SCRIPT = '/content-scripts/guard.js';

/**
 * Registers the guard content script on the extra sites the officer switched on and granted
 * access to (the manifest only covers the built-in platforms). Runs at start and on every change.
 */
async function sync(): Promise<void> {
  const origins = extraGuardOrigins(await loadSettings(browser.storage.local));
  const granted: string[] = [];
  for (const origin of origins) if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  // Never unregister to register again: a page that loads in between would go unguarded.
  if (!granted.length) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  const script = { id: ID, matches: granted, js: [GUARD_SCRIPT.slice(1)], runAt: 'document_idle' as const, allFrames: true };
  if (!existing) await browser.scripting.registerContentScripts([script]);
  else if (!sameSet(existing.matches ?? [], granted)) await browser.scripting.updateContentScripts([script]);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

let queue: Promise<void> = Promise.resolve();
const syncSoon = () => {
  queue = queue.then(sync).catch((err: unknown) => console.error('Schildwacht: registratie guard mislukt', err));
};

export function guardScriptsWatch(): void {
  syncSoon();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) syncSoon();
  });
  browser.permissions.onAdded.addListener(syncSoon);
  browser.permissions.onRemoved.addListener(syncSoon);
}
