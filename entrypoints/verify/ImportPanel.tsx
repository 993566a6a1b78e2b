import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import { ImportRefused, applyImport, planImport, refusalReason } from '../../utils/bundle/import';
import type { BundleReader } from '../../utils/bundle/reader';
import type { VerifyReport } from '../../utils/bundle/verify';
import { extensionDb } from '../../utils/db';


/** Import into the locker, only for a bundle that fully matched; all or nothing. */
export function ImportPanel({ reader, report }: { reader: BundleReader; report: VerifyReport }) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'refused'; text: string }>({ kind: 'idle', text: '' });
  const refusal = refusalReason(report);
  const run = async () => {
    setState({ kind: 'busy', text: t('verifyImportBusy') });
    try {
      const plan = await planImport(reader, report, new Date());
      await applyImport(extensionDb(), plan);
      setState({ kind: 'done', text: t('verifyImportDone', String(plan.items.length)) });
    } catch (err) {
      const reason = err instanceof ImportRefused || err instanceof Error ? err.message : String(err);
      setState({ kind: 'refused', text: t('verifyImportRefused', reason) });
    }
  };
  return (
    <section class="import">
      <button type="button" disabled={state.kind === 'busy' || state.kind === 'done'}
        onClick={() => (refusal ? setState({ kind: 'refused', text: t('verifyImportRefused', refusal) }) : void run())}>
        {t('verifyImport')}
      </button>
      {refusal && state.kind === 'idle' && <p class="hint">{t('verifyImportOnlyValid')}</p>}
      {state.kind === 'done' && <p role="status">{state.text} <a href="evidence.html">{t('verifyOpenLocker')}</a></p>}
      {state.kind === 'busy' && <p role="status">{state.text}</p>}
      {state.kind === 'refused' && <p role="alert">{state.text}</p>}
    </section>
  );
}
