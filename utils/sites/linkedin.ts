import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['linkedin.com'],
};
