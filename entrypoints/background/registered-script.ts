import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../../utils/settings';
import { POLICY_KEY } from '../../utils/policy';

interface Script { id: string; js: string[]; runAt: 'document_idle'; allFrames?: boolean }

/**
 * Makes the registered content script `script` cover exactly `matches`. It never unregisters to
 * register again: a page that loaded in between would go without the script.
 */
export async function keepRegistered(script: Script, matches: string[]): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (!matches.length) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    return;
  }
  // (an update changes only the fields given: every field is given)
  const full = { allFrames: false, ...script, matches };
  if (!existing) await browser.scripting.registerContentScripts([full]);
  else if (!sameSet(existing.matches ?? [], matches)) await browser.scripting.updateContentScripts([full]);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Runs `sync` now and after every change of the settings or the policy, one run at a time. */
export function syncOnSettings(sync: () => Promise<void>, failure: string): () => void {
  let queue: Promise<void> = Promise.resolve();
  const syncSoon = () => {
    queue = queue.then(sync).catch((err: unknown) => console.error(failure, err));
  };
  syncSoon();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) syncSoon();
  });
  return syncSoon;
}
