import { browser } from 'wxt/browser';
import { createDetector } from '../../utils/detect/index';
import { type GuardStored, loadGuardStored } from '../../utils/guard/stored';
import { type Message, MessageError, type Response, type Sender } from '../../utils/messaging';
import { extensionDb } from '../../utils/db';
import { LEGACY_PROFILE_KEY, PROFILE_REV_KEY } from '../../utils/profile-store';
import { SETTINGS_KEY } from '../../utils/settings';
import { POLICY_KEY } from '../../utils/policy';
import { siteStatusFor } from '../../utils/site-status';
import { uiTag } from './ui-tag';

/**
 * Detection for the composer guard runs HERE, not in the page: the officer's profile terms never
 * enter a social site's renderer process (better security: a compromised or curious renderer
 * cannot read them), and the page's content script stays small. Settings, terms and the
 * precompiled detectors are cached and dropped on every change of the settings or the profile (its revision in storage.local).
 */
type Detect = ReturnType<typeof createDetector>;

let stored: Promise<GuardStored> | null = null;
/** One incremental detector per sending frame, so each composer's keystrokes diff against its own text. */
const detectors = new Map<string, Detect>();
const MAX_DETECTORS = 32;

function load(): Promise<GuardStored> {
  stored ??= loadGuardStored(extensionDb(), browser.storage.local).catch((err: unknown) => {
    stored = null;
    throw err;
  });
  return stored;
}

function senderUrl(sender: Sender): URL {
  const from = sender.url ?? sender.tab?.url;
  if (!from) throw new MessageError('Afzender zonder adres');
  return new URL(from);
}

function detectorFor(sender: Sender, terms: string[]): Detect {
  const key = `${sender.tab?.id}:${sender.frameId ?? 0}`;
  let detect = detectors.get(key);
  if (!detect) {
    if (detectors.size >= MAX_DETECTORS) detectors.delete(detectors.keys().next().value!);
    detect = createDetector(terms);
    detectors.set(key, detect);
  }
  return detect;
}

/** Whether the guard is on in the sender's page, and for which platform. */
export async function guardConfig(_msg: Message<'guardConfig'>, sender: Sender): Promise<Response<'guardConfig'>> {
  const { settings } = await load();
  const status = siteStatusFor(senderUrl(sender), settings);
  return { platform: status.platform, active: status.guardActive, tag: await uiTag(), discreet: settings.discreet };
}

/** The findings in one composer text. Only pages the guard is on in may ask (no oracle for other sites). */
export async function checkText(msg: Message<'checkText'>, sender: Sender): Promise<Response<'checkText'>> {
  const { settings, terms } = await load();
  if (!siteStatusFor(senderUrl(sender), settings).guardActive) throw new MessageError('Waarschuwen staat uit op deze site');
  if (terms === null) throw new MessageError('not-ready');
  return { findings: detectorFor(sender, terms)(msg.text) };
}

/** Tells the guard in every tab to forget its answers and ask again. */
async function notifyTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    // Tabs without the guard have no receiver: that refusal is expected and ignored.
    if (tab.id !== undefined) Promise.resolve(tab.id).then((id) => browser.tabs.sendMessage(id, { type: 'guardChanged' })).catch(() => undefined);
  }
}

/** Drops the cached settings, terms and detectors (the next check reads storage again). */
export function forgetGuardState(): void {
  stored = null;
  detectors.clear();
}

export function guardCheckWatch(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PROFILE_REV_KEY in changes || LEGACY_PROFILE_KEY in changes || SETTINGS_KEY in changes || POLICY_KEY in changes)) return;
    forgetGuardState();
    notifyTabs().catch((err: unknown) => console.error('Schildwacht: guard niet bijgewerkt', err));
  });
}
