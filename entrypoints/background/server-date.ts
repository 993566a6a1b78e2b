import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { ServerDateRecord } from '../../utils/evidence/clock';

/**
 * The second clock of metadata.json: the HTTP Date header of each tab's last top-level response,
 * observed (never requested) through webRequest. Kept in storage.session: memory only, gone when
 * the browser closes, and unreadable for content scripts.
 */
const key = (tabId: number) => `serverDate:${tabId}`;
const recordSchema = z.object({ url: z.string(), date: z.string(), receivedAt: z.number() });

export function watchServerDates(): void {
  browser.webRequest.onHeadersReceived.addListener(
    (d) => {
      if (d.tabId < 0 || d.frameId !== 0) return undefined;
      const date = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'date')?.value ?? '';
      const record: ServerDateRecord = { url: d.url, date, receivedAt: d.timeStamp };
      void browser.storage.session.set({ [key(d.tabId)]: record });
      return undefined;
    },
    { urls: ['<all_urls>'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(key(tabId)));
}

export async function serverDateRecord(tabId: number): Promise<ServerDateRecord | undefined> {
  const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = recordSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
