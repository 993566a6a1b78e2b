import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { probePage } from '../utils/sites/availability';
import { generic } from '../utils/sites/generic';
import { adapters } from '../utils/sites/index';

/**
 * The online check (takedown follow-up): injected on the officer's click into the background tab
 * that opened an item's URL; reads the page with the platform's site file and returns what it saw.
 * The background names the platform first (a global of the extension's isolated world).
 */
export default defineUnlistedScript(() => {
  const platform = (globalThis as { probePlatform?: unknown }).probePlatform;
  return probePage(document, adapters.find((a) => a.platform === platform) ?? generic);
});
