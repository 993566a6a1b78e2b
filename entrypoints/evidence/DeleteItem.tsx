import { useState } from 'preact/hooks';
import { t } from '../../components/t';
import { deleteItem } from '../../utils/evidence/locker-actions';
import { extensionDb } from '../../utils/db';

/** Deleting asks first; the deletion is a custody entry that outlives the item's data. */
export function DeleteItem({ itemId }: { itemId: string }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!asking) return <button type="button" class="danger" onClick={() => setAsking(true)}>{t('detailDelete')}</button>;
  const confirm = async () => {
    try {
      await deleteItem(extensionDb(), itemId);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div role="alertdialog" aria-labelledby="delete-q" class="confirm">
      <p id="delete-q">{t('detailDeleteConfirm')}</p>
      <button type="button" class="danger" onClick={() => void confirm()}>{t('detailDeleteYes')}</button>
      <button type="button" class="secondary" onClick={() => setAsking(false)} autoFocus>{t('detailCancel')}</button>
      {error && <p role="alert">{t('lockerError', error)}</p>}
    </div>
  );
}
