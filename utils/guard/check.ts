import type { Finding } from '../detect/index';
import type { Checker } from './checker';
import { readEditor } from './editor-text';

export interface CheckedEditor {
  editor: Element;
  text: string;
  findings: Finding[];
}

export type CheckResult =
  | { ok: true; items: CheckedEditor[]; count: number }
  | { ok: false; reason: string };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const done = (items: CheckedEditor[]): CheckResult => ({ ok: true, items, count: items.reduce((n, i) => n + i.findings.length, 0) });
const textsOf = (editors: readonly Element[]) => editors.map((editor) => ({ editor, text: readEditor(editor).text }));

/**
 * The verdict on a post from answers already in hand, so a checked post is decided at once;
 * null when one of its texts has not been answered yet.
 */
export function knownResult(editors: readonly Element[], checker: Checker): CheckResult | null {
  try {
    const items: CheckedEditor[] = [];
    for (const { editor, text } of textsOf(editors)) {
      const findings = checker.known(text);
      if (!findings) return null;
      items.push({ editor, text, findings });
    }
    return done(items);
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}

/**
 * Checks the editors of one post. Never rejects: a failure or timeout of the check becomes
 * `ok: false`, which the guard treats as "hold, could not be checked".
 */
export async function checkEditors(editors: readonly Element[], checker: Checker): Promise<CheckResult> {
  try {
    const texts = textsOf(editors);
    return done(await Promise.all(texts.map(async (t) => ({ ...t, findings: await checker.check(t.text) }))));
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}
