import { browser } from 'wxt/browser';
import { type Response, send } from '../../utils/messaging';

/** Resolves once the tab has finished loading (its agent is then listening). */
function loaded(tabId: number, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('timeout')), timeoutMs);
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const done = (err?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      if (err) reject(err);
      else resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done());
  });
}

/** Opens a demo page in a new tab and runs the exposure scan on it, as "Scan deze pagina" would. */
export async function openAndScan(path: string): Promise<Response<'scanTab'>> {
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/demo.html'), active: true });
  if (tab.id === undefined) throw new Error('no tab');
  await loaded(tab.id);
  return send(browser.runtime, { type: 'scanTab', tabId: tab.id });
}
