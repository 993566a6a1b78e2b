import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { captureFromBackground } from './capture-start';

const MENU_ID = 'schildwacht-capture';
export const CAPTURE_COMMAND = 'capture-evidence';

/**
 * The context-menu entry (the post under the cursor, else the whole page) and the keyboard
 * shortcut (the post under the pointer, else the whole page). Both grant activeTab on the tab.
 */
export function registerCaptureTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('captureMenu'), contexts: ['page', 'selection', 'image', 'link', 'video'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void captureFromBackground(tab.id, 'contextmenu', 'contextmenu');
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== CAPTURE_COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id !== undefined) void captureFromBackground(id, 'pointer', 'shortcut');
  });
}
