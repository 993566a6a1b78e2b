import type { Handlers } from '../../utils/messaging';
import { capturePost, captureTab, openLocker } from './capture-handlers';
import { checkText, guardConfig } from './guard-check';
import { setGuardOff } from './guard-off';
import { loadPhotoReader } from './photo-reader';
import { checkOnline } from './online-check';
import { recapture } from './recapture';
import { scanTab } from './scan-tab';
import { captureSite, siteStatus } from './site-status';

/** One handler per message type; each lives in its own module in this folder. */
export const handlers: Handlers = {
  capturePost,
  captureTab,
  openLocker,
  getSiteStatus: siteStatus,
  captureSite,
  setGuardOff,
  guardConfig,
  checkText,
  loadPhotoReader,
  scanTab,
  checkOnline,
  recapture,
};
