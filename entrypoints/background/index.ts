import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type Sender, dispatch, MessageError } from '../../utils/messaging';
import { dialogRelay } from './dialog-relay';
import { guardCheckWatch } from './guard-check';
import { guardScriptsWatch } from './guard-scripts';
import { captureScriptsWatch } from './capture-scripts';
import { captureStampWatch } from './capture-stamp';
import { registerCaptureTriggers } from './capture-triggers';
import { handlers } from './handlers';
import { policyWatch } from './policy';
import { registerScanMenu } from './scan-menu';
import { watchServerDates } from './server-date';
import { restrictStorage } from './storage-access';
import { uiTag } from './ui-tag';

export default defineBackground(() => {
  void restrictStorage();
  policyWatch();
  void uiTag();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) =>
    dispatch(handlers, raw, sender, self).catch((err: unknown) => ({
      error: err instanceof MessageError ? err.message : `Interne fout: ${String(err)}`,
    })),
  );
  guardScriptsWatch();
  dialogRelay();
  guardCheckWatch();
  registerScanMenu();
  registerCaptureTriggers();
  captureScriptsWatch();
  watchServerDates();
  captureStampWatch();
});
