import { browser } from 'wxt/browser';
import { guardSwitch } from '../../utils/guard/hosts';
import { type Message, MessageError, type Response, type Sender } from '../../utils/messaging';
import { loadSettings, updateSettings } from '../../utils/settings';

/** "Niet op deze site" from the guard dialog: a content script may switch the guard off only for its own site. */
export async function setGuardOff(msg: Message<'setGuardOff'>, sender: Sender): Promise<Response<'setGuardOff'>> {
  const from = sender.url ?? sender.tab?.url;
  if (!from || new URL(from).hostname !== msg.host) throw new MessageError('Alleen voor de eigen site');
  const area = browser.storage.local;
  const settings = await loadSettings(area);
  if (settings.guardForced) throw new MessageError('Waarschuwen staat hier altijd aan (ingesteld door uw organisatie)');
  await updateSettings(area, guardSwitch(settings, msg.host, false));
  return { off: true };
}
