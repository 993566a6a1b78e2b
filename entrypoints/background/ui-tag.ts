import { browser } from 'wxt/browser';
import { UI_TAG, randomTag } from '../../utils/ui-tag';

const KEY = 'uiTag';
let tag: Promise<string> | null = null;

/** This install's element name for Schildwacht's hosts in pages (utils/ui-tag.ts), made once. */
export function uiTag(): Promise<string> {
  tag ??= (async () => {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    if (typeof stored === 'string' && UI_TAG.test(stored)) return stored;
    const fresh = randomTag();
    await browser.storage.local.set({ [KEY]: fresh });
    return fresh;
  })().catch((err: unknown) => {
    tag = null;
    throw err;
  });
  return tag;
}
