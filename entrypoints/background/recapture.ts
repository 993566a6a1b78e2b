import { browser } from 'wxt/browser';
import { extensionDb } from '../../utils/db';
import { appendCustody } from '../../utils/evidence/store';
import { type Message, MessageError, type Response } from '../../utils/messaging';
import { captureFromBackground } from './capture-start';
import { keepTab, keptTab } from './online-check';

/**
 * One click after a check found the post still online: the tab the check left open comes to the
 * front and its page is captured as a new item; both items' custody logs name the other.
 */
export async function recapture(msg: Message<'recapture'>): Promise<Response<'recapture'>> {
  const db = extensionDb();
  const tabId = await keptTab(msg.itemId);
  const tab = tabId === undefined ? null : await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.id || !(await db.items.get(msg.itemId))) throw new MessageError('Het tabblad van de controle is niet meer open: controleer opnieuw');
  await browser.tabs.update(tab.id, { active: true });
  await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  const result = await captureFromBackground(tab.id, 'page', 'online-check');
  if (result.ok) {
    await appendCustody(db, msg.itemId, 'recapture', `opnieuw vastgelegd na online-controle: item ${result.itemId}`);
    await appendCustody(db, result.itemId, 'recapture', `opnieuw vastgelegd na online-controle van item ${msg.itemId} (eerste vastlegging)`);
    await keepTab(msg.itemId, null);
  }
  return result;
}
