import type { SiteAdapter } from './types';

export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  hosts: ['mastodon.social'],
};
