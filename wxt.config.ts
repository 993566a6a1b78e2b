import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';

// Permissions are the minimum each feature needs; README "Rechten (permissions) and why" lists them.

/**
 * The public key that fixes the Chromium extension ID (nkcalhnchdnihaagamjchmmmhcglnbhp), so an
 * organisation's policy can name the extension; Firefox is named by its gecko id. README "Voor IT".
 */
const CHROMIUM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqnaJlBL5sEW3xexk3wPOSIEvW/xiHr00p2VLhXbxjlU2gtScX7u7AOvvBZ8xyGn+oWhPDsMid+vq22vj+ms0DpOPe1rtJmVWAZcTlp7VV+gflt42HoL7AJqY493NsXX2kKLDrQVrJOf1YlnvIVzxubtfj4z3Z1c6v7stb6wvR2+4OaEmA39lzfM/b3gwML2FsF7bsamTNfDhXzEgIa7jSrE5vzqq5WDhukmPM7l2cNrkw40LR+XmNIEv0IddtMMFJmzj7tE0I28OVg4jxCM41esE9SXH5C192GZbsDCE0n/7eStNTSBHLEcawlwCioI/xmt2yERrkpJFHesYN4SP0wIDAQAB';
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // A separate output folder lets parallel builds (and their browser tests) not clobber each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    ...(browser === 'firefox' ? {} : { key: CHROMIUM_KEY, storage: { managed_schema: 'managed_schema.json' } }),
    permissions: [
      'storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'scripting',
      // Evidence capture: the page archive (MHTML; Chrome only, Firefox has no pageCapture and gets
      // the serialised DOM), and webRequest to OBSERVE the HTTP Date header of each tab's page
      // response (metadata.json's second clock) without making any request of our own.
      ...(browser === 'firefox' ? [] : ['pageCapture', 'sidePanel']),
      'webRequest',
      // Timestamps at capture (when switched on): a queued one is retried when the TSA is back.
      'alarms',
    ],
    // Evidence capture from the in-page "Bewijs vastleggen" button: a click in a page does NOT grant
    // activeTab, and tabs.captureVisibleTab accepts only activeTab or <all_urls>. Host permissions for
    // the social sites do not suffice (Chromium's PermissionsData::CanCaptureVisiblePage checks for the
    // <all_urls> pattern itself; verified in Chromium 156: "Either the '<all_urls>' or 'activeTab'
    // permission is required."). So the button needs <all_urls>; it also lets the button work on the
    // Mastodon servers the officer adds, and webRequest see the Date header of any captured page.
    // Nothing is read from a page unless the officer captures it or the guard runs there.
    host_permissions: ['<all_urls>'],
    commands: {
      'capture-evidence': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_captureCommand__' },
    },
    // The evidence locker as a side panel (Chrome) or sidebar (Firefox), besides its own tab.
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'evidence.html', default_title: '__MSG_lockerTitle__' } }
      : { side_panel: { default_path: 'evidence.html' } }),
    // The guard's dialog (it can name the officer's terms) and the capture confirmation's picture of
    // what was stored are extension pages framed in the page.
    // Chrome: reachable only through a per-session address, so a page cannot probe for them.
    web_accessible_resources: manifestVersion === 2
      ? ['guard-dialog.html', 'capture-shown.html']
      : [{ resources: ['guard-dialog.html', 'capture-shown.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
  hooks: {
    // The guard content script runs on every social page: it uses the browser's own promise-based
    // API (Chrome MV3 `chrome.*`, Firefox `browser.*`, which WXT's plain `wxt/browser` picks)
    // instead of webextension-polyfill, which the rest of the extension keeps.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== 'guard') return;
      const native = { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...list.filter((a) => a.find !== 'wxt/browser')] };
    },
  },
});
