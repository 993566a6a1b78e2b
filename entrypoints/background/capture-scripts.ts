import { browser } from 'wxt/browser';
import { adapters } from '../../utils/sites/index';
import { hostMatches } from '../../utils/sites/types';
import { loadSettings } from '../../utils/settings';
import { keepRegistered, syncOnSettings } from './registered-script';

const SCRIPT = { id: 'schildwacht-capture-extra', js: ['content-scripts/capture.js'], runAt: 'document_idle' as const };

/** The Mastodon servers the officer added (settings.extraHosts), as match patterns. */
async function extraMastodonMatches(): Promise<string[]> {
  const settings = await loadSettings(browser.storage.local);
  const builtIn = adapters.flatMap((a) => a.hosts);
  const hosts = settings.extraHosts.filter((h) => h.kind === 'mastodon' && !hostMatches(h.host, builtIn)).map((h) => h.host);
  return [...new Set(hosts)].map((h) => `https://${h}/*`);
}

/** The "Bewijs vastleggen" buttons also on the Mastodon servers the officer added. */
export function captureScriptsWatch(): void {
  syncOnSettings(async () => keepRegistered(SCRIPT, await extraMastodonMatches()), 'Schildwacht: registratie vastlegknoppen mislukt');
}
