import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import type { CaseRecord } from '../../utils/db';
import { assignCase, saveAnnotation } from '../../utils/evidence/locker-actions';
import { type Annotation, type Offence, offences } from '../../utils/evidence/model';
import { extensionDb } from '../../utils/db';

const FIELD_LABEL = { workRelation: 'detailWorkRelation', learnedHow: 'detailLearnedHow', impact: 'detailImpact' } as const;

interface Props { itemId: string; annotation: Annotation; caseId: string | null; cases: CaseRecord[] }

/** The officer's notes, offence and case for an item: saved apart from the original and logged. */
export function AnnotationForm({ itemId, annotation, caseId, cases }: Props) {
  const [notes, setNotes] = useState(annotation.notes);
  const [statement, setStatement] = useState({ workRelation: annotation.workRelation, learnedHow: annotation.learnedHow, impact: annotation.impact });
  const [offence, setOffence] = useState<Offence | ''>(annotation.offence ?? '');
  const [inCase, setInCase] = useState(caseId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await saveAnnotation(extensionDb(), itemId, { notes, offence: offence || null, ...statement });
      if ((inCase || null) !== caseId) await assignCase(extensionDb(), itemId, inCase || null);
      setMessage({ ok: true, text: t('detailSaved') });
    } catch (err) {
      setMessage({ ok: false, text: t('lockerError', err instanceof Error ? err.message : String(err)) });
    }
  };
  return (
    <form class="annotation" onSubmit={save}>
      <label>{t('lockerOffence')}
        <select value={offence} onChange={(e) => setOffence((e.target as HTMLSelectElement).value as Offence | '')}>
          <option value="">{t('offenceNone')}</option>
          {offences.map((o) => <option value={o}>{t(`offence_${o}`)}</option>)}
        </select>
      </label>
      <label>{t('lockerCase')}
        <select value={inCase} onChange={(e) => setInCase((e.target as HTMLSelectElement).value)}>
          <option value="">{t('lockerNoCase')}</option>
          {cases.map((c) => <option value={c.id}>{c.title}</option>)}
        </select>
      </label>
      {(['workRelation', 'learnedHow', 'impact'] as const).map((field) => (
        <label key={field}>{t(FIELD_LABEL[field])}
          <textarea rows={2} maxLength={5_000} value={statement[field]} onInput={(e) => setStatement({ ...statement, [field]: (e.target as HTMLTextAreaElement).value })} />
        </label>
      ))}
      <label>{t('detailNotes')}<textarea rows={4} maxLength={20_000} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} /></label>
      <button type="submit">{t('detailSave')}</button>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
