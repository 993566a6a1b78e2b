import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  platform: 'youtube',
  hosts: ['youtube.com'],
};
