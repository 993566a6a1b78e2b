import { browser } from 'wxt/browser';
import type { Message, Response } from '../../utils/messaging';
import { loadSettings } from '../../utils/settings';
import { siteStatusFor } from '../../utils/site-status';

export async function siteStatus(msg: Message<'getSiteStatus'>): Promise<Response<'getSiteStatus'>> {
  return siteStatusFor(new URL(msg.url), await loadSettings(browser.storage.local));
}
