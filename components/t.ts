import { browser } from 'wxt/browser';
import { makeT } from '../utils/i18n';

/** UI strings for extension pages and content scripts, through `_locales`. */
export const t = makeT((key, subs) => browser.i18n.getMessage(key as never, subs));
