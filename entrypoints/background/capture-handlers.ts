import { browser } from 'wxt/browser';
import { type Message, MessageError, type Response, type Sender } from '../../utils/messaging';
import { runCapture } from './capture';
import { showOnToolbar } from './capture-notify';
import { captureFromBackground } from './capture-start';

/** An in-page "Bewijs vastleggen" button: the tab is the SENDER's, never one the page names. */
export async function capturePost(msg: Message<'capturePost'>, sender: Sender): Promise<Response<'capturePost'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) throw new MessageError('Vastleggen kan alleen vanuit het hoofdvenster van een tabblad');
  const result = await runCapture(tabId, msg.target, 'button');
  await showOnToolbar(result);
  return result;
}

/** The popup's button: the whole page of the tab the popup is about. */
export async function captureTab(msg: Message<'captureTab'>): Promise<Response<'captureTab'>> {
  return captureFromBackground(msg.tabId, 'page', 'popup');
}

/** Opens the evidence locker in a tab (at one item when given). */
export async function openLocker(msg: Message<'openLocker'>): Promise<Response<'openLocker'>> {
  const hash = msg.itemId ? `#item=${msg.itemId}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/evidence.html${hash}` as '/evidence.html') });
  return { opened: true };
}
