import { browser } from 'wxt/browser';
import type { Finding } from '../../utils/detect/index';
import { CheckFailed } from '../../utils/guard/checker';
import { categoryKey } from '../../utils/guard/labels';
import type { PhotoReader } from '../../utils/guard/photo-risk';
import type { Message } from '../../utils/messaging';
import { UI_TAG } from '../../utils/ui-tag';

/**
 * The guard's side of its messages to the background. No zod here (it would double this script);
 * the few answer shapes are checked by hand instead, and a finding must match the text sent.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

async function ask(message: Message): Promise<Obj> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (isObj(answer) && typeof answer.error === 'string') throw new CheckFailed(answer.error);
  if (!isObj(answer)) throw new CheckFailed('Onverwacht antwoord');
  return answer;
}

export async function askConfig(): Promise<{ platform: string | null; active: boolean; tag: string; discreet: boolean }> {
  const a = await ask({ type: 'guardConfig' });
  if ((typeof a.platform !== 'string' && a.platform !== null) || typeof a.active !== 'boolean' || typeof a.tag !== 'string' || !UI_TAG.test(a.tag)) {
    throw new CheckFailed('Onverwacht antwoord');
  }
  return { platform: a.platform, active: a.active, tag: a.tag, discreet: a.discreet === true };
}

const isFindingOf = (text: string) => (f: unknown): f is Finding =>
  isObj(f) && Number.isInteger(f.start) && Number.isInteger(f.end) && (f.start as number) >= 0 && (f.start as number) < (f.end as number)
  && typeof f.category === 'string' && f.category in categoryKey && f.text === text.slice(f.start as number, f.end as number);

export async function askCheck(text: string): Promise<Finding[]> {
  const a = await ask({ type: 'checkText', text });
  if (!Array.isArray(a.findings) || !a.findings.every(isFindingOf(text))) throw new CheckFailed('Onverwacht antwoord');
  return a.findings;
}

/** "Niet op deze site": the background checks that this page asks for its own host only. */
export async function turnOff(host: string): Promise<void> {
  const a = await ask({ type: 'setGuardOff', host });
  if (a.off !== true) throw new CheckFailed('Onverwacht antwoord');
}

type ReaderWorld = { __schildwachtPhotoReader?: PhotoReader };
let reader: Promise<PhotoReader> | null = null;

/** The EXIF reader, injected into this isolated world by the background on the first photo. */
export function photoReader(): Promise<PhotoReader> {
  reader ??= (async () => {
    const world = globalThis as ReaderWorld;
    if (!world.__schildwachtPhotoReader) {
      const a = await ask({ type: 'loadPhotoReader' });
      if (a.loaded !== true) throw new CheckFailed('Onverwacht antwoord');
    }
    if (!world.__schildwachtPhotoReader) throw new CheckFailed('Fotolezer niet geladen');
    return world.__schildwachtPhotoReader;
  })().catch((err: unknown) => {
    reader = null;
    throw err;
  });
  return reader;
}

/** The background's "settings or profile changed" (only from the extension itself, not from a tab). */
export function onGuardChanged(fn: () => void): () => void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id === browser.runtime.id && !sender.tab && isObj(raw) && raw.type === 'guardChanged') fn();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
