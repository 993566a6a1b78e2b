import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import type { LockerActionProps } from './actions';
import { extensionDb } from '../../utils/db';

// Loaded on the officer's click: the toolbar paints with the list, without the schemas.
const caseActions = () => import('../../utils/evidence/locker-actions');

/** Make a case (one per incident) and put the selected items in it; each move is logged per item. */
export function CaseActions({ selected, cases, clearSelection }: LockerActionProps) {
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: true, text: await work() });
    } catch (err) {
      setMessage({ ok: false, text: t('lockerError', err instanceof Error ? err.message : String(err)) });
    }
  };
  const create = () => run(async () => {
    const c = await (await caseActions()).createCase(extensionDb(), name);
    setName('');
    setTarget(c.id);
    return c.title;
  });
  const assign = () => run(async () => {
    const { assignCase } = await caseActions();
    for (const id of selected) await assignCase(extensionDb(), id, target || null);
    clearSelection();
    return t('lockerAssignDone', String(selected.length));
  });
  return (
    <div class="case-actions">
      <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <label>{t('lockerCaseName')}<input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} required maxLength={200} /></label>
        <button type="submit" class="secondary">{t('lockerCreateCase')}</button>
      </form>
      <form onSubmit={(e) => { e.preventDefault(); void assign(); }}>
        <label>{t('lockerCase')}
          <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
            <option value="">{t('lockerNoCase')}</option>
            {cases.map((c) => <option value={c.id}>{c.title}</option>)}
          </select>
        </label>
        <button type="submit" disabled={!selected.length}>{t('lockerAssign')}</button>
      </form>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  );
}
