import { browser } from 'wxt/browser';
import { type PageText, collectPageText } from '../utils/findability/page-text';
import { agentMarkSchema, agentReadSchema } from '../utils/findability/agent-messages';
import { showMarks } from './findability-overlay';

const FLAG = '__schildwachtFindabilityAgent';

/**
 * Answers the background's agentRead/agentMark messages in this page. Installed
 * once per page (a second injection is a no-op); ignores every other message,
 * so in a demo page the extension's own traffic passes by untouched.
 */
export function installAgent(doc: Document) {
  const scope = globalThis as Record<string, unknown>;
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  let last: PageText | null = null;
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (agentReadSchema.safeParse(raw).success) {
      last = collectPageText(doc.body ?? doc.documentElement);
      return Promise.resolve({ url: doc.location?.href ?? '', title: doc.title, text: last.text, truncated: last.truncated });
    }
    const mark = agentMarkSchema.safeParse(raw);
    if (mark.success && last) return Promise.resolve({ marked: showMarks(doc, last, mark.data.marks, mark.data.mode, mark.data.tag) });
    return undefined;
  });
}
