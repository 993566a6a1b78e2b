import { browser } from 'wxt/browser';
import { captureTabMessageSchemas, captureTabResponseSchemas } from '../../utils/messaging';

type TabMessage = keyof typeof captureTabMessageSchemas;

/** Sends a message to the capture script in the tab's top frame; both ways checked against the protocol. */
export async function askTab<T extends TabMessage>(tabId: number, message: { type: T } & Record<string, unknown>) {
  const answer = await browser.tabs.sendMessage(tabId, captureTabMessageSchemas[message.type].parse(message), { frameId: 0 });
  return captureTabResponseSchemas[message.type].parse(answer) as ReturnType<(typeof captureTabResponseSchemas)[T]['parse']>;
}
