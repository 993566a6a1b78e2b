import type { Finding } from '../detect/index';
import { readEditor } from './editor-text';

export type Detector = (text: string) => Finding[];

export interface CheckedEditor {
  editor: Element;
  text: string;
  findings: Finding[];
}

export type CheckResult =
  | { ok: true; items: CheckedEditor[]; count: number }
  | { ok: false; reason: string };

/**
 * Checks the editors of one post. Never throws: a missing detector (profile not loaded yet) or
 * any error becomes `ok: false`, which the guard treats as "hold, could not be checked".
 */
export function checkEditors(editors: readonly Element[], detect: Detector | null): CheckResult {
  try {
    const texts = editors.map((editor) => ({ editor, text: readEditor(editor).text }));
    if (texts.every((t) => !t.text.trim())) return { ok: true, items: texts.map((t) => ({ ...t, findings: [] })), count: 0 };
    if (!detect) return { ok: false, reason: 'not-ready' };
    const items = texts.map((t) => ({ ...t, findings: t.text.trim() ? detect(t.text) : [] }));
    return { ok: true, items, count: items.reduce((n, i) => n + i.findings.length, 0) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
