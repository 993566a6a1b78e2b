import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com','twitter.com'],
};
