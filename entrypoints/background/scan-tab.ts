import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { pageComputable } from '../../utils/detect/index';
import { scanPage, scanSubject } from '../../utils/findability/scan';
import { scoreSource } from '../../utils/findability/score';
import { classifySource } from '../../utils/findability/sources';
import {
  type Message, type Response, MessageError, agentMessageSchemas, agentResponseSchemas,
} from '../../utils/messaging';
import { loadSettings } from '../../utils/settings';
import { loadProfile } from '../../utils/profile-store';
import { extensionDb } from '../../utils/db';
import { uiTag } from './ui-tag';


type AgentType = keyof typeof agentMessageSchemas;

async function askAgent<T extends AgentType>(tabId: number, message: { type: T } & Record<string, unknown>) {
  const answer = await browser.tabs.sendMessage(tabId, agentMessageSchemas[message.type].parse(message));
  return agentResponseSchemas[message.type].parse(answer) as ReturnType<(typeof agentResponseSchemas)[T]['parse']>;
}

/**
 * Reads the tab's text through the agent. Demo pages load the agent themselves;
 * in a web page it is injected on the officer's click (activeTab grants that).
 */
async function readTab(tabId: number) {
  try {
    return await askAgent(tabId, { type: 'agentRead' });
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/findability-agent.js'] });
    } catch {
      throw new MessageError(t('fxScanNotPossible'));
    }
    return askAgent(tabId, { type: 'agentRead' });
  }
}

/** Scans one tab: read the text in the page, detect here, record, then mark the findings on the page. */
export async function runScan(tabId: number): Promise<Response<'scanTab'>> {
  const page = await readTab(tabId);
  const settings = await loadSettings(browser.storage.local);
  const subject = await scanSubject(settings.trainerMode, () => loadProfile(extensionDb(), browser.storage.local));
  const source = classifySource(page.url, browser.runtime.getURL('/'));
  const { record, findings } = scanPage(page, subject, { id: crypto.randomUUID(), at: new Date(), source });
  const db = extensionDb();
  try {
    await db.scans.add(record);
  } catch (err) {
    throw new MessageError(t('fxScanSaveFailed', err instanceof Error ? err.message : String(err)));
  }
  // The officer's own terms are never marked in the page (only in the report); the fictional persona's may be.
  const shown = subject.mode === 'self' ? findings.filter(pageComputable) : findings;
  const marks = shown.map(({ start, end, category }) => ({ start, end, category }));
  // Onopvallend: nothing in the page; the findings are in the popup's answer and the report.
  if (!settings.discreet) await askAgent(tabId, { type: 'agentMark', mode: subject.mode, marks, tag: await uiTag() }).catch(() => undefined);
  return {
    mode: record.mode,
    url: record.url,
    title: record.title,
    findings: findings.length,
    personal: findings.filter((f) => f.category === 'personal_term').length,
    score: scoreSource(record).score,
    truncated: record.truncated,
  };
}

export async function scanTab(msg: Message<'scanTab'>): Promise<Response<'scanTab'>> {
  return runScan(msg.tabId);
}
