import type { SiteAdapter } from './types';

export const tiktok: SiteAdapter = {
  platform: 'tiktok',
  hosts: ['tiktok.com'],
};
