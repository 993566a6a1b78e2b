import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: ['instagram.com'],
};
