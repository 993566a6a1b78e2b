import messages from '../../../public/_locales/nl/messages.json';
import type { Detector } from '../../../utils/guard/check';
import { type GuardDeps, installGuard } from '../../../utils/guard/controller';
import { makeT } from '../../../utils/i18n';
import { createShadow } from '../../../utils/guard/ui/shadow';
import { createSlot } from '../../../utils/guard/ui/slot';
import type { ComposerSpec } from '../../../utils/sites/types';

/** The Dutch strings, as chrome.i18n would give them. */
export const t = makeT((key, subs) => {
  const entry = (messages as Record<string, { message: string }>)[key];
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry ? entry.message.replace(/\$ARG(\d)\$/g, (_, i: string) => list[Number(i) - 1] ?? '') : '';
});

export function guardOn(spec: ComposerSpec, detector: () => Detector | null, over: Partial<GuardDeps> = {}) {
  const shadow = createShadow(document);
  const slot = createSlot(shadow);
  const state = { enabled: true, turnedOff: 0 };
  const uninstall = installGuard(document, {
    spec, detector, t, shadow, slot, enabled: () => state.enabled,
    turnOffHere: async () => { state.turnedOff++; state.enabled = false; },
    ...over,
  });
  const dialog = () => shadow.root.querySelector('[role="alertdialog"]');
  const button = (name: string) => {
    const b = [...shadow.root.querySelectorAll('button')].find((x) => x.textContent === name);
    if (!b) throw new Error(`no button ${name}`);
    return b;
  };
  return { shadow, slot, state, uninstall, dialog, button };
}
