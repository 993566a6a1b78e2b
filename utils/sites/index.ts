import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import { telegram } from './telegram';
import { type SiteAdapter, hostMatches } from './types';
import { x } from './x';
import { youtube } from './youtube';

export const adapters: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, reddit, tiktok, youtube, bluesky, mastodon, telegram];

/** Host names the extension's content scripts run on by default (match patterns). */
export const builtInMatches: string[] = adapters.flatMap((a) => a.hosts.flatMap((h) => [`https://${h}/*`, `https://*.${h}/*`]));

/** The adapter for a host: built-in platforms, then Mastodon instances the officer added. */
export function adapterFor(host: string, extraMastodonHosts: readonly string[] = []): SiteAdapter | null {
  const builtIn = adapters.find((a) => hostMatches(host, a.hosts));
  if (builtIn) return builtIn;
  if (hostMatches(host, extraMastodonHosts)) return { ...mastodon, hosts: extraMastodonHosts };
  return null;
}
