import { browser } from 'wxt/browser';
import { adapters } from '../../utils/sites/index';
import { hostMatches } from '../../utils/sites/types';
import { SETTINGS_KEY, loadSettings } from '../../utils/settings';
import { POLICY_KEY } from '../../utils/policy';

const ID = 'schildwacht-capture-extra';
const SCRIPT = 'content-scripts/capture.js';

/** The Mastodon servers the officer added (settings.extraHosts), as match patterns. */
async function extraMastodonMatches(): Promise<string[]> {
  const settings = await loadSettings(browser.storage.local);
  const builtIn = adapters.flatMap((a) => a.hosts);
  const hosts = settings.extraHosts.filter((h) => h.kind === 'mastodon' && !hostMatches(h.host, builtIn)).map((h) => h.host);
  return [...new Set(hosts)].map((h) => `https://${h}/*`);
}

/** The "Bewijs vastleggen" buttons also on the Mastodon servers the officer added. */
async function sync(): Promise<void> {
  const matches = await extraMastodonMatches();
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length) {
    await browser.scripting.unregisterContentScripts({ ids: [ID] });
  }
  if (matches.length) await browser.scripting.registerContentScripts([{ id: ID, matches, js: [SCRIPT], runAt: 'document_idle' }]);
}

let queue: Promise<void> = Promise.resolve();
const syncSoon = () => {
  queue = queue.then(sync).catch((err: unknown) => console.error('Schildwacht: registratie vastlegknoppen mislukt', err));
};

export function captureScriptsWatch(): void {
  syncSoon();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) syncSoon();
  });
}
