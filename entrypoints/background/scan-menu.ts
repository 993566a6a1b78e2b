import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { runScan } from './scan-tab';

const MENU_ID = 'schildwacht-scan-page';

/** Shows the scan's outcome on the toolbar icon of that tab: personal findings, or "!" on failure. */
async function badge(tabId: number, text: string) {
  const action = browser.action ?? browser.browserAction;
  await action?.setBadgeText({ tabId, text }).catch(() => undefined);
}

/** "Scan deze pagina" in the page's context menu; the click grants activeTab for the scan. */
export function registerScanMenu() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('fxScanMenu'), contexts: ['page', 'selection', 'image', 'link'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (info.menuItemId !== MENU_ID || tabId === undefined) return;
    void runScan(tabId).then(
      (r) => badge(tabId, String(r.personal)),
      () => badge(tabId, '!'),
    );
  });
}
