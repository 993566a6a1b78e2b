import type { Settings } from '../settings';
import { generic } from '../sites/generic';
import { adapters } from '../sites/index';
import { type ComposerSpec, type Platform, hostMatches } from '../sites/types';

/** The composer description for a platform (extra Mastodon servers use Mastodon's). */
export function composerSpecFor(platform: Platform | string | null): ComposerSpec | null {
  if (platform === 'generic') return generic.composer ?? null;
  return adapters.find((a) => a.platform === platform)?.composer ?? null;
}

/** A host name as typed or taken from a URL, lower-cased; null when it is not one. */
export function normaliseHost(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/\.$/, '');
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host) ? host : null;
}

/** Origins of the hosts the officer switched on that the manifest does not already cover. */
export function extraGuardOrigins(settings: Settings): string[] {
  const builtIn = adapters.flatMap((a) => a.hosts);
  const hosts = settings.extraHosts.map((h) => h.host).filter((h) => !hostMatches(h, builtIn));
  return [...new Set(hosts)].map((h) => `*://${h}/*`);
}

/** The settings change that switches the guard on or off for one host. */
export function guardSwitch(settings: Settings, host: string, on: boolean): Pick<Settings, 'guardOffHosts'> {
  const rest = settings.guardOffHosts.filter((h) => h !== host);
  return { guardOffHosts: on ? rest : [...rest, host] };
}

/** The settings change that adds a host the officer switched on (and clears an earlier "off"). */
export function addExtraHost(settings: Settings, host: string, kind: 'mastodon' | 'generic'): Pick<Settings, 'extraHosts' | 'guardOffHosts'> {
  return {
    extraHosts: [...settings.extraHosts.filter((h) => h.host !== host), { host, kind }],
    guardOffHosts: settings.guardOffHosts.filter((h) => h !== host),
  };
}
