import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import type { CaptureResult } from '../../utils/evidence/capture-target';

/** The officer-facing sentence for a failed capture. */
export function failureText(result: Extract<CaptureResult, { ok: false }>): string {
  return t('captureFailed', t(`captureFail_${result.reason}`, result.detail));
}

/**
 * When no page can show the outcome (the tab closed, or a page without Schildwacht's script),
 * the toolbar icon does: a "!" badge with the reason as its tooltip, cleared by the next success.
 */
export async function showOnToolbar(result: CaptureResult): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeText({ text: result.ok ? '' : '!' }).catch(() => undefined);
  await action.setTitle({ title: result.ok ? t('extName') : t('captureBadgeFailed', failureText(result)) }).catch(() => undefined);
}
