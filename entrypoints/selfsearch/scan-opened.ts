import { browser } from 'wxt/browser';
import { type Response, send } from '../../utils/messaging';

/**
 * Scans a tab the officer opened from a composed search. Where Schildwacht has no
 * standing access, the officer's click grants it for that one origin, and it is
 * given back after the scan; access granted before (for the guard, say) is kept.
 */
export async function scanOpened(tabId: number, url: string): Promise<Response<'scanTab'>> {
  const origins = [`${new URL(url).origin}/*`];
  const had = browser.permissions.contains({ origins });
  // Asked in the same tick as the click: the browser only prompts during a user gesture.
  const granted = await browser.permissions.request({ origins });
  if (!granted) throw new Error('denied');
  try {
    return await send(browser.runtime, { type: 'scanTab', tabId });
  } finally {
    if (!(await had)) await browser.permissions.remove({ origins }).catch(() => false);
  }
}
