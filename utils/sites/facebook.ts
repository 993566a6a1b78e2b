import type { SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: ['facebook.com'],
};
