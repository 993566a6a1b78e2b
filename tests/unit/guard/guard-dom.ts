import messages from '../../../public/_locales/nl/messages.json';
import type { Finding } from '../../../utils/detect/index';
import { CheckFailed, createChecker } from '../../../utils/guard/checker';
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

export type Detect = (text: string) => Finding[];

/** A checker that asks a detector in this process, the way the background answers (null: profile not loaded). */
export function checkerOf(detector: () => Detect | null, timeoutMs = 3000) {
  return createChecker(async (text) => {
    const detect = detector();
    if (!detect) throw new CheckFailed('not-ready');
    return detect(text);
  }, { timeoutMs, maxLength: 100_000 });
}

/** Lets pending checks answer (they are promises, as the message to the background is). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function guardOn(spec: ComposerSpec, detector: () => Detect | null, over: Partial<GuardDeps> = {}) {
  const shadow = createShadow(document);
  const slot = createSlot(shadow);
  const state = { enabled: true, turnedOff: 0 };
  const checker = over.checker ?? checkerOf(detector);
  const { uninstall, recheck } = installGuard(document, {
    spec, checker, t, shadow, slot, enabled: () => state.enabled,
    turnOffHere: async () => { state.turnedOff++; state.enabled = false; },
    // happy-dom's events are all synthetic; tests/browser/hostile.test.ts covers the real filter.
    isUserEvent: () => true,
    ...over,
  });
  const dialog = () => shadow.root.querySelector('[role="alertdialog"]');
  const button = (name: string) => {
    const b = [...shadow.root.querySelectorAll('button')].find((x) => x.textContent === name);
    if (!b) throw new Error(`no button ${name}`);
    return b;
  };
  return { shadow, slot, state, uninstall, recheck, checker, dialog, button };
}
