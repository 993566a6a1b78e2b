import { browser } from 'wxt/browser';
import type { CaptureResult, CaptureTarget, CaptureTrigger } from '../../utils/evidence/capture-target';
import { anyCaptureTabMessage, send } from '../../utils/messaging';
import { adapterFor, adapters } from '../../utils/sites/index';
import { setBusy } from './buttons';
import { showOutcome } from './outcome';
import { showOwnUi, useHostTag } from './own-ui';
import { nextSlice } from './measure';
import { type PageSites, prepareTarget } from './prepare';
import { postButtons, trackPointer } from './posts';
import { renderRegion } from './render';

/** This page's platform, from the background (extension storage is not readable from pages). */
async function siteOf(): Promise<PageSites> {
  const answer = await send(browser.runtime, { type: 'captureSite' }).catch(() => null);
  if (answer) useHostTag(answer.tag);
  const platform = answer?.platform ?? adapterFor(location.hostname)?.platform ?? 'generic';
  const adapter = adapters.find((a) => a.platform === platform);
  return { platform, spec: adapter?.posts ?? null, discreet: answer?.discreet ?? false, account: adapter?.account };
}

let capturing = false;

async function byButton(prepare: () => Promise<CaptureTarget>, button: HTMLButtonElement): Promise<void> {
  // One capture at a time: a second one would scroll the page under the first one's screenshot.
  if (capturing) return;
  capturing = true;
  setBusy(button, true);
  let result: CaptureResult;
  try {
    const target = await prepare();
    result = await send(browser.runtime, { type: 'capturePost', target });
  } catch (err) {
    result = { ok: false, reason: 'failed', detail: String(err).slice(0, 500) };
  } finally {
    showOwnUi();
    setBusy(button, false);
    capturing = false;
  }
  showOutcome(result);
}

type TabMessage = ReturnType<typeof anyCaptureTabMessage.parse>;

/** Capture support for this page once its site is known: the buttons, and answers to the background. */
async function setUp(): Promise<(msg: TabMessage) => Promise<unknown>> {
  const site = await siteOf();
  let current: Element | null = null;
  const prepare = (post: Element | null) => {
    current = post;
    return prepareTarget(site, post).catch((err: unknown): CaptureTarget => {
      showOwnUi();
      throw err;
    });
  };
  // Onopvallend: no buttons; the shortcut and the context menu still capture the post under the pointer.
  const offer = site.spec && !site.discreet ? postButtons(site.spec, (post, button) => void byButton(() => prepare(post), button)) : null;
  const pointer = trackPointer(site.spec, offer);

  const pick = (trigger: CaptureTrigger) => (trigger === 'contextmenu' ? pointer.contextPost() : trigger === 'pointer' ? pointer.hoverPost() : null);
  return async (msg) => {
    if (msg.type === 'capturePrepare') return prepare(pick(msg.trigger));
    if (msg.type === 'captureReread') {
      try {
        return { text: current && site.spec ? site.spec.extract(current, location.href).text : null };
      } catch {
        return { text: null };
      }
    }
    if (msg.type === 'captureRender') return renderRegion(msg.region, current);
    if (msg.type === 'captureScroll') {
      if (!current || !site.spec) throw new Error('no post is being captured');
      return nextSlice(current, site.spec.post, msg.by);
    }
    showOwnUi();
    if (site.discreet) return { shown: false }; // the toolbar icon and the locker say it instead
    showOutcome(msg.result);
    return { shown: true };
  };
}

/**
 * Starts capture support in this page, once (it is also injected on demand). The message listener
 * is registered at once, so the background can ask as soon as the injection has returned.
 */
export function startCapture(): void {
  // 'starting', then 'on' once it follows the pointer (in this isolated world only).
  const flag = globalThis as { __schildwachtCapture?: 'starting' | 'on' };
  if (flag.__schildwachtCapture) return;
  flag.__schildwachtCapture = 'starting';
  const ready = setUp();
  void ready.then(() => { flag.__schildwachtCapture = 'on'; });
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = anyCaptureTabMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    return ready.then((handle) => handle(parsed.data));
  });
}
