import { browser } from 'wxt/browser';
import { extensionDb } from '../../utils/db';
import { recordCheck } from '../../utils/evidence/takedown-actions';
import type { OnlineResult } from '../../utils/evidence/takedown';
import { type Message, MessageError, type Response } from '../../utils/messaging';
import { linkable } from '../../utils/safe-url';
import { siteAdapter } from '../../utils/site-status';
import { type PageProbe, judge, pageProbeSchema } from '../../utils/sites/availability';
import { generic } from '../../utils/sites/generic';
import { loadSettings } from '../../utils/settings';
import { untilLoaded } from './tab-load';

/** Tabs a check left open on a post that is still online, per item (storage.session: the worker may sleep in between). */
const KEPT = 'onlineCheckTabs';
async function keptTabs(): Promise<Record<string, number>> {
  const stored = (await browser.storage.session.get(KEPT))[KEPT];
  return stored && typeof stored === 'object' ? (stored as Record<string, number>) : {};
}
export async function keptTab(itemId: string): Promise<number | undefined> {
  return (await keptTabs())[itemId];
}
export async function keepTab(itemId: string, tabId: number | null): Promise<void> {
  const { [itemId]: _, ...rest } = await keptTabs();
  await browser.storage.session.set({ [KEPT]: tabId === null ? rest : { ...rest, [itemId]: tabId } });
}
const TRIES = 5;

/**
 * "Controleer of het nog online staat", on the officer's click only: opens the item's URL in a tab
 * the officer sees in the tab strip (not focused), reads it with the platform's site file, records
 * the outcome in the custody log, and closes the tab unless the post is still there.
 */
export async function checkOnline(msg: Message<'checkOnline'>): Promise<Response<'checkOnline'>> {
  const db = extensionDb();
  const item = await db.items.get(msg.itemId);
  if (!item) throw new MessageError('Item niet gevonden');
  const url = linkable(item.metadata.permalink ?? item.metadata.url);
  if (!url) throw new MessageError('Dit item heeft geen webadres om te controleren');
  const settings = await loadSettings(browser.storage.local);
  const site = siteAdapter(new URL(url).hostname, settings) ?? generic;
  // Blank first, then the URL: a background tab's very first load escapes DevTools interception,
  // which the browser tests use to serve the platform's pages offline.
  const tab = await browser.tabs.create({ url: 'about:blank', active: false });
  let verdict: { result: OnlineResult; reason: string };
  try {
    await untilLoaded(tab.id!, 5_000).catch(() => undefined);
    await browser.tabs.update(tab.id!, { url });
    verdict = await look(tab.id!, site.platform, (probe) => judge(probe, site.availability, item.metadata));
  } catch (err) {
    verdict = { result: 'onbekend', reason: `pagina niet te lezen: ${String(err instanceof Error ? err.message : err).slice(0, 200)}` };
  }
  const check = await recordCheck(db, item.id, verdict.result, verdict.reason);
  const keep = verdict.result === 'online';
  await keepTab(item.id, keep ? tab.id! : null);
  if (!keep) await browser.tabs.remove(tab.id!).catch(() => undefined);
  return { result: check.result, reason: check.reason, at: check.at, tabKept: keep };
}

/** Loads and reads the tab, a few times while the page is still building its posts (single-page apps). */
async function look(tabId: number, platform: string, decide: (p: PageProbe) => { result: OnlineResult; reason: string }) {
  await untilLoaded(tabId, 30_000);
  let verdict = decide(await probe(tabId, platform));
  for (let i = 1; i < TRIES && verdict.result === 'onbekend'; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    verdict = decide(await probe(tabId, platform));
  }
  return verdict;
}

async function probe(tabId: number, platform: string): Promise<PageProbe> {
  await browser.scripting.executeScript({ target: { tabId }, func: (p: string) => { (globalThis as { probePlatform?: string }).probePlatform = p; }, args: [platform] });
  const [answer] = await browser.scripting.executeScript({ target: { tabId }, files: ['/online-probe.js'] });
  const parsed = pageProbeSchema.safeParse(answer?.result);
  if (!parsed.success) throw new Error('geen bruikbaar antwoord van de pagina');
  return parsed.data;
}
