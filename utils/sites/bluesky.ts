import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  platform: 'bluesky',
  hosts: ['bsky.app'],
};
