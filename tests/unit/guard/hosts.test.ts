import { describe, expect, it } from 'vitest';
import { addExtraHost, composerSpecFor, extraGuardOrigins, guardSwitch, normaliseHost } from '../../../utils/guard/hosts';
import { settingsSchema } from '../../../utils/settings';
import { mastodon } from '../../../utils/sites/mastodon';
import { generic } from '../../../utils/sites/generic';

const settings = (over: object = {}) => settingsSchema.parse(over);

describe('guard per host', () => {
  it('switches the guard off and on again for one host only', () => {
    const off = guardSwitch(settings({ guardOffHosts: ['bsky.app'] }), 'x.com', false);
    expect(off.guardOffHosts).toEqual(['bsky.app', 'x.com']);
    expect(guardSwitch(settings(off), 'x.com', true).guardOffHosts).toEqual(['bsky.app']);
  });

  it('adds an extra host once, clearing an earlier switch-off', () => {
    const s = settings({ extraHosts: [{ host: 'forum.nl', kind: 'generic' }], guardOffHosts: ['forum.nl'] });
    expect(addExtraHost(s, 'forum.nl', 'mastodon')).toEqual({ extraHosts: [{ host: 'forum.nl', kind: 'mastodon' }], guardOffHosts: [] });
  });

  it('registers only hosts the manifest does not cover', () => {
    const s = settings({ extraHosts: [{ host: 'mastodon.nl', kind: 'mastodon' }, { host: 'x.com', kind: 'generic' }, { host: 'forum.nl', kind: 'generic' }] });
    expect(extraGuardOrigins(s)).toEqual(['*://mastodon.nl/*', '*://forum.nl/*']);
  });

  it('accepts host names only', () => {
    expect(normaliseHost(' Mastodon.NL. ')).toBe('mastodon.nl');
    expect(normaliseHost('https://x.com')).toBeNull();
    expect(normaliseHost('a b')).toBeNull();
  });

  it('describes extra Mastodon servers like mastodon.social and other sites generically', () => {
    expect(composerSpecFor('mastodon')).toBe(mastodon.composer);
    expect(composerSpecFor('generic')).toBe(generic.composer);
    expect(composerSpecFor(null)).toBeNull();
  });
});
