import { browser } from 'wxt/browser';
import { type Message, MessageError, type Response, type Sender } from '../../utils/messaging';
import { loadSettings } from '../../utils/settings';
import { siteAdapter, siteStatusFor } from '../../utils/site-status';
import { uiTag } from './ui-tag';

export async function siteStatus(msg: Message<'getSiteStatus'>): Promise<Response<'getSiteStatus'>> {
  return siteStatusFor(new URL(msg.url), await loadSettings(browser.storage.local));
}

/** The platform of the sender's own page (a Mastodon server the officer added counts as Mastodon). */
export async function captureSite(_msg: Message<'captureSite'>, sender: Sender): Promise<Response<'captureSite'>> {
  const url = sender.url ?? sender.tab?.url;
  if (!url) throw new MessageError('Afzender zonder adres');
  const settings = await loadSettings(browser.storage.local);
  return { platform: siteAdapter(new URL(url).hostname, settings)?.platform ?? 'generic', tag: await uiTag(), discreet: settings.discreet };
}
