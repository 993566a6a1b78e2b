import type { Settings } from './settings';
import { adapterFor } from './sites/index';

/** The adapter of a host: a built-in platform, or Mastodon for a server the officer added. */
export function siteAdapter(host: string, settings: Pick<Settings, 'extraHosts'>) {
  return adapterFor(host, settings.extraHosts.filter((h) => h.kind === 'mastodon').map((h) => h.host));
}

/** Whether the guard and capture run on a page, given the officer's settings. */
export function siteStatusFor(url: URL, settings: Pick<Settings, 'guardOffHosts' | 'extraHosts'>) {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { platform: null, guardActive: false, captureActive: false };
  }
  const host = url.hostname;
  const adapter = siteAdapter(host, settings);
  const generic = settings.extraHosts.some((h) => h.kind === 'generic' && h.host === host);
  const platform = adapter?.platform ?? (generic ? 'generic' : null);
  const guardOff = settings.guardOffHosts.includes(host);
  return { platform, guardActive: platform !== null && !guardOff, captureActive: adapter !== null };
}
