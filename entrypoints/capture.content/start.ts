import { browser } from 'wxt/browser';
import type { CaptureResult, CaptureTarget, CaptureTrigger } from '../../utils/evidence/capture-target';
import { anyCaptureTabMessage, send } from '../../utils/messaging';
import { loadSettings } from '../../utils/settings';
import { adapterFor } from '../../utils/sites/index';
import { setBusy } from './buttons';
import { showOutcome } from './outcome';
import { showOwnUi } from './own-ui';
import { nextSlice } from './measure';
import { type PageSites, prepareTarget } from './prepare';
import { trackPointer, watchPosts } from './posts';

async function siteOf(): Promise<PageSites> {
  const settings = await loadSettings(browser.storage.local).catch(() => null);
  const mastodon = settings?.extraHosts.filter((h) => h.kind === 'mastodon').map((h) => h.host) ?? [];
  const adapter = adapterFor(location.hostname, mastodon);
  return { platform: adapter?.platform ?? 'generic', spec: adapter?.posts ?? null };
}

async function byButton(prepare: () => Promise<CaptureTarget>, button: HTMLButtonElement): Promise<void> {
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
  }
  showOutcome(result);
}

/** Starts capture support in this page, once (it may also be injected on demand). */
export async function startCapture(): Promise<void> {
  const flag = globalThis as { __schildwachtCapture?: boolean };
  if (flag.__schildwachtCapture) return;
  flag.__schildwachtCapture = true;
  const site = await siteOf();
  const pointer = trackPointer(site.spec);
  if (site.spec) watchPosts(site.spec, (post, button) => void byButton(() => prepare(post), button));
  const pick = (trigger: CaptureTrigger) => (trigger === 'contextmenu' ? pointer.contextPost() : trigger === 'pointer' ? pointer.hoverPost() : null);
  let current: Element | null = null;
  const prepare = (post: Element | null) => {
    current = post;
    return prepareTarget(site, post);
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = anyCaptureTabMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.type === 'captureScroll') {
      return current && site.spec ? nextSlice(current, site.spec.post, msg.by) : Promise.reject(new Error('no post is being captured'));
    }
    if (msg.type === 'capturePrepare') {
      return prepare(pick(msg.trigger)).catch((err: unknown): CaptureTarget => {
        showOwnUi();
        throw err;
      });
    }
    showOwnUi();
    showOutcome(msg.result);
    return Promise.resolve({ shown: true });
  });
}
