import type { SiteAdapter } from './types';

export const reddit: SiteAdapter = {
  platform: 'reddit',
  hosts: ['reddit.com'],
};
