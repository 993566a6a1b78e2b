import { t } from '../../components/t';
import type { CaseRecord } from '../../utils/db';
import { annotationOf } from '../../utils/evidence/locker-actions';
import { AnnotationForm } from './AnnotationForm';
import { CustodyLog } from './CustodyLog';
import { DeleteItem } from './DeleteItem';
import { DsaNotice } from './DsaNotice';
import { FilesTable } from './FilesTable';
import { useBlobUrl, useLive } from './locker-db';
import { MetadataTable } from './MetadataTable';
import { Takedown } from './Takedown';
import { extensionDb } from '../../utils/db';

async function load(itemId: string) {
  const db = extensionDb();
  const [item, files, annotation, custody] = await Promise.all([
    db.items.get(itemId), db.files.where('itemId').equals(itemId).toArray(), annotationOf(db, itemId),
    db.custody.where('itemId').equals(itemId).sortBy('seq'),
  ]);
  return { item, files, annotation, custody };
}

/** One item: its pictures, the frozen metadata, hashes, the officer's notes and the custody log. */
export function ItemDetail({ itemId, cases, onClose }: { itemId: string; cases: CaseRecord[]; onClose(): void }) {
  const { value, error } = useLive(() => load(itemId), [itemId]);
  const post = useBlobUrl(value?.files.find((f) => f.name === 'post.png')?.blob);
  const shot = useBlobUrl(value?.files.find((f) => f.name === 'screenshot.png')?.blob);
  if (error) return <aside class="detail"><p role="alert">{t('lockerError', String(error))}</p></aside>;
  if (!value) return <aside class="detail" aria-busy="true" />;
  const back = <button type="button" class="secondary" onClick={onClose}>{t('detailBack')}</button>;
  if (!value.item) {
    const deleted = value.custody.at(-1)?.action === 'delete';
    return <aside class="detail">{back}<p role="status">{t(deleted ? 'detailDeleted' : 'detailNotFound')}</p><CustodyLog entries={value.custody} /></aside>;
  }
  const m = value.item.metadata;
  return (
    <aside class="detail" aria-labelledby="detail-title">
      {back}
      <h2 id="detail-title">{m.author.name ?? m.author.handle ?? m.pageTitle}</h2>
      {m.pixelsFrom === 'html2canvas' && <p class="changed">{t('lockerReconstructed')}</p>}
      {post && <figure><img src={post} alt={t('detailPost')} /><figcaption>{t('detailPost')}</figcaption></figure>}
      {shot && <figure><img src={shot} alt={t('detailViewport')} /><figcaption>{t('detailViewport')}</figcaption></figure>}
      <AnnotationForm itemId={itemId} annotation={value.annotation} caseId={value.item.caseId} cases={cases} />
      <MetadataTable metadata={m} />
      <FilesTable files={value.files} />
      <DsaNotice metadata={m} offence={value.annotation?.offence ?? null} />
      <Takedown itemId={itemId} platform={m.platform} />
      <CustodyLog entries={value.custody} />
      <DeleteItem itemId={itemId} />
    </aside>
  );
}
