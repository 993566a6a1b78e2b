import { browser } from 'wxt/browser';
import { fetchPost, makeTimestamper } from '../../utils/bundle/timestamp/request';
import { pendingStamp, retryDueStamps, stampCapture } from '../../utils/evidence/capture-stamp';
import { loadSettings } from '../../utils/settings';
import { extensionDb } from '../../utils/db';

const ALARM = 'capture-stamp-retry';

/** The TSA when the officer or organisation switched on timestamps at capture; else nothing is sent. */
async function stamper() {
  const s = await loadSettings(browser.storage.local);
  return s.stampAtCapture && s.tsaUrl ? makeTimestamper(s.tsaUrl, fetchPost) : null;
}

function retryAt(when: number): void {
  void browser.alarms.create(ALARM, { when: Math.max(when, Date.now() + 1_000) });
}

/** Right after a capture is stored: its metadata.json is timestamped, or queued when the TSA is unreachable. */
export async function stampAfterCapture(itemId: string): Promise<void> {
  const s = await stamper();
  if (!s) return;
  await pendingStamp(extensionDb(), itemId, new Date());
  retryAt(Date.now() + 30_000); // picks the item up if this worker is stopped mid-request
  const outcome = await stampCapture(extensionDb(), itemId, s);
  if (outcome.kind === 'queued') retryAt(outcome.nextAt);
}

async function retryQueue(): Promise<void> {
  const s = await stamper();
  if (!s) return;
  const next = await retryDueStamps(extensionDb(), s);
  if (next !== null) retryAt(next);
}

/** Queued capture timestamps are retried by an alarm (backing off to 30 min) and when the browser starts. */
export function captureStampWatch(): void {
  browser.alarms.onAlarm.addListener((alarm) => { if (alarm.name === ALARM) void retryQueue(); });
  browser.runtime.onStartup.addListener(() => void retryQueue());
}
