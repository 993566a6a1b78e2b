import { type CaptureTarget, captureTargetSchema } from '../../utils/evidence/capture-target';
import type { Platform, PostSpec } from '../../utils/sites/types';
import { scanIdentity } from './identity';
import { bringIntoView, frames, ownRect } from './measure';
import { hideOwnUi } from './own-ui';
import { readingBefore } from './readings';

export interface PageSites { platform: Platform; spec: PostSpec | null; discreet?: boolean; account?: string }

/**
 * Gets the page ready for the background's screenshot and says what it will show: hides
 * Schildwacht's own buttons, scrolls the post into view, measures it and reads it. The caller
 * must call showOwnUi() afterwards, whatever happens.
 */
export async function prepareTarget(site: PageSites, post: Element | null): Promise<CaptureTarget> {
  hideOwnUi();
  const spec = post ? site.spec : null;
  const band = post && spec ? await bringIntoView(post, spec.post) : undefined;
  await frames(2);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return captureTargetSchema.parse({
    platform: site.platform,
    pageTitle: document.title.slice(0, 2_000),
    viewport: { width: innerWidth, height: innerHeight },
    devicePixelRatio,
    timeOrigin: performance.timeOrigin,
    responseStart: nav && nav.responseStart > 0 ? nav.responseStart : null,
    post: post && spec ? { info: spec.extract(post, location.href), rect: ownRect(post, spec.post), band, before: readingBefore(post) } : null,
    identity: scanIdentity(document, site.account),
  });
}
