import { browser } from 'wxt/browser';

/** Resolves when the tab has finished loading; rejects when it is closed or takes longer than `ms`. */
export function untilLoaded(tabId: number, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (err) reject(err); else resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => { if (id === tabId && change.status === 'complete') done(); };
    const onRemoved = (id: number) => { if (id === tabId) done(new Error('het tabblad is gesloten')); };
    const timer = setTimeout(() => done(new Error(`niet geladen binnen ${ms / 1000} s`)), ms);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void browser.tabs.get(tabId).then((t) => { if (t.status === 'complete' && t.url !== 'about:blank') done(); }, () => done(new Error('het tabblad is gesloten')));
  });
}
