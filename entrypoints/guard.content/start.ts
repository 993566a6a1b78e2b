import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../components/t';
import { MAX_CHECK_TEXT, createChecker } from '../../utils/guard/checker';
import { installGuard } from '../../utils/guard/controller';
import { composerSpecFor } from '../../utils/guard/hosts';
import { installPhotoGuard } from '../../utils/guard/photo-guard';
import { createShadow } from '../../utils/guard/ui/shadow';
import { frameDialogOpener } from '../../utils/guard/ui/frame-dialog';
import { createSlot } from '../../utils/guard/ui/slot';
import { adapterFor } from '../../utils/sites/index';
import { randomTag } from '../../utils/ui-tag';
import { askCheck, askConfig, onGuardChanged, photoReader, turnOff } from './ask';
import { windowDialog } from './window-dialog';

/** How long a check may take before the post is held as "could not be checked". */
const CHECK_TIMEOUT_MS = 3000;

/**
 * Wires the guard to this page. Whether it is on here, and every check of a text, comes from the
 * background: the officer's profile is never read into this page's renderer. If the background
 * cannot be asked, the guard stays on for a known platform and holds every post with text.
 */
export async function startGuard(ctx: ContentScriptContext): Promise<void> {
  // 'starting' while the background is asked, 'on' once the guard listens (in this isolated world only).
  const flag = globalThis as { __schildwachtGuard?: 'starting' | 'on' | false };
  if (flag.__schildwachtGuard) return;
  flag.__schildwachtGuard = 'starting';
  const state = { platform: null as string | null, active: false, tag: randomTag(), discreet: false };
  const refresh = async () => {
    try {
      Object.assign(state, await askConfig());
    } catch {
      Object.assign(state, { platform: state.platform ?? adapterFor(location.hostname)?.platform ?? null, active: true });
    }
  };
  await refresh();
  const spec = composerSpecFor(state.platform);
  if (!spec) return;
  const checker = createChecker(askCheck, { timeoutMs: CHECK_TIMEOUT_MS, maxLength: MAX_CHECK_TEXT });
  const shadow = createShadow(document, state.tag);
  // The dialog names what it found (the officer's terms too): it lives in an extension page, framed at a fixed size.
  const dialogUrl = browser.runtime.getURL('/guard-dialog.html');
  const dialogOrigin = dialogUrl.startsWith('chrome-extension:') ? `chrome-extension://${browser.runtime.id}` : new URL(dialogUrl).origin;
  const framed = frameDialogOpener(dialogUrl, dialogOrigin);
  // Onopvallend: nothing in the page, the held post in a window of its own.
  const slot = createSlot(shadow, (sh, spec, onAction) => (state.discreet ? windowDialog(spec, onAction) : framed(sh, spec, onAction)));
  const enabled = () => state.active;
  const turnOffHere = async () => {
    await turnOff(location.hostname);
    state.active = false;
  };
  const guard = installGuard(document, { spec, checker, enabled, t, shadow, slot, turnOffHere, pageUi: () => !state.discreet });
  const offPhoto = installPhotoGuard(document, { enabled, reader: photoReader, t, slot });
  const offChanged = onGuardChanged(() => {
    checker.clear();
    void refresh().then(guard.recheck);
  });
  flag.__schildwachtGuard = 'on';
  ctx.onInvalidated(() => {
    guard.uninstall();
    offPhoto();
    slot.close();
    shadow.host.remove();
    offChanged();
    flag.__schildwachtGuard = false;
  });
}
