import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { CaptureResult } from '../../utils/evidence/capture-target';
import { SHOWN_KEY, type Shown } from '../../utils/evidence/shown';

/** The officer-facing sentence for a failed capture. */
export function failureText(result: Extract<CaptureResult, { ok: false }>): string {
  return t('captureFailed', t(`captureFail_${result.reason}`, result.detail));
}

/**
 * When no page shows the outcome (the tab closed, a page without Schildwacht's script, Onopvallend),
 * the toolbar icon does: "✓" (with "Vastgelegd…" as its tooltip) or "!" with the reason.
 */
export async function showOnToolbar(result: CaptureResult): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const done = result.ok ? t(result.pageChanged ? 'captureDoneChanged' : 'captureDone') : '';
  await action.setBadgeText({ text: result.ok ? '✓' : '!' }).catch(() => undefined);
  await action.setTitle({ title: result.ok ? done : t('captureBadgeFailed', failureText(result)) }).catch(() => undefined);
}

/** Leaves the stored picture of the last capture for the confirmation's frame (utils/evidence/shown.ts). */
export async function keepForConfirmation(shown: Shown | null): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  await (shown ? session.set({ [SHOWN_KEY]: shown }) : session.remove(SHOWN_KEY))
    .catch((err: unknown) => console.error('Schildwacht: bevestiging zonder afbeelding', err));
}
