import { browser } from 'wxt/browser';
import { type Response, send } from '../../utils/messaging';

/**
 * Scans a tab the officer opened from a composed search. Schildwacht has no standing
 * access to any site: the officer's click grants it for that one origin, for this
 * scan only, and it is given back right after.
 */
export async function scanOpened(tabId: number, url: string): Promise<Response<'scanTab'>> {
  const origins = [`${new URL(url).origin}/*`];
  // Must be the first await: the browser only asks while the click is still being handled.
  const granted = await browser.permissions.request({ origins });
  if (!granted) throw new Error('denied');
  try {
    return await send(browser.runtime, { type: 'scanTab', tabId });
  } finally {
    await browser.permissions.remove({ origins }).catch(() => false);
  }
}
