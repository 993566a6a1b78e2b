import { defineConfig } from 'wxt';
import { builtInMatches } from './utils/sites/index';

// Permissions are the minimum each feature needs; see README "Rechten".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // A separate output folder lets parallel builds (and their browser tests) not clobber each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'scripting'],
    // The social sites themselves: the guard runs there, and a capture from an in-page button
    // (no activeTab grant) needs host access for tabs.captureVisibleTab and the tab's URL.
    host_permissions: builtInMatches,
    // Sites the officer switches the guard on for (a forum, another Mastodon server): asked per site at run time.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'schildwacht@schildwacht.nl',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: the officer's data stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
