import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as z from 'zod/mini';
import { t } from '../../components/t';
import { createDetector } from '../../utils/detect/index';
import type { Detector } from '../../utils/guard/check';
import { installGuard } from '../../utils/guard/controller';
import { composerSpecFor } from '../../utils/guard/hosts';
import { installPhotoGuard } from '../../utils/guard/photo-guard';
import { STORAGE_KEYS, loadGuardStored } from '../../utils/guard/stored';
import { createShadow } from '../../utils/guard/ui/shadow';
import { createSlot } from '../../utils/guard/ui/slot';
import type { Message } from '../../utils/messaging';
import { siteStatusFor } from '../../utils/site-status';
import { adapterFor } from '../../utils/sites/index';

const offAnswer = z.union([z.object({ off: z.literal(true) }), z.object({ error: z.string() })]);

/** "Niet op deze site": the background checks that this page asks for its own host only. */
async function turnOff(host: string): Promise<void> {
  const answer = offAnswer.parse(await browser.runtime.sendMessage({ type: 'setGuardOff', host } satisfies Message<'setGuardOff'>));
  if ('error' in answer) throw new Error(answer.error);
}

/**
 * Wires the guard to this page. The profile is read from storage.local into this isolated world
 * only (never into the page); if it cannot be read, the detector stays null and every post with
 * text is held as "could not be checked".
 */
export async function startGuard(ctx: ContentScriptContext): Promise<void> {
  const flag = globalThis as { __schildwachtGuard?: boolean };
  if (flag.__schildwachtGuard) return;
  flag.__schildwachtGuard = true;
  const area = browser.storage.local;
  const state = { platform: null as string | null, active: false, detector: null as Detector | null };
  const refresh = async () => {
    try {
      const { settings, terms } = await loadGuardStored(area);
      const status = siteStatusFor(new URL(location.href), settings);
      Object.assign(state, { platform: status.platform, active: status.guardActive, detector: terms ? createDetector(terms) : null });
    } catch {
      Object.assign(state, { platform: state.platform ?? adapterFor(location.hostname)?.platform ?? null, active: true, detector: null });
    }
  };
  await refresh();
  const spec = composerSpecFor(state.platform);
  if (!spec) return;
  const shadow = createShadow(document);
  const slot = createSlot(shadow);
  const enabled = () => state.active;
  const turnOffHere = async () => {
    await turnOff(location.hostname);
    state.active = false;
  };
  const offText = installGuard(document, { spec, detector: () => state.detector, enabled, t, shadow, slot, turnOffHere });
  const offPhoto = installPhotoGuard(document, { enabled, t, slot });
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && (STORAGE_KEYS.profile in changes || STORAGE_KEYS.settings in changes)) void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    offText();
    offPhoto();
    slot.close();
    shadow.host.remove();
    browser.storage.onChanged.removeListener(onChanged);
    flag.__schildwachtGuard = false;
  });
}
