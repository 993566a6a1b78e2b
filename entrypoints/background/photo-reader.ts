import { browser } from 'wxt/browser';
import { type Message, MessageError, type Response, type Sender } from '../../utils/messaging';

export const PHOTO_READER_SCRIPT = '/photo-reader.js';

/** Injects the EXIF reader into the guard's isolated world of the frame that asks (a photo was handed over there). */
export async function loadPhotoReader(_msg: Message<'loadPhotoReader'>, sender: Sender): Promise<Response<'loadPhotoReader'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new MessageError('Geen tabblad');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PHOTO_READER_SCRIPT] });
  return { loaded: true };
}
