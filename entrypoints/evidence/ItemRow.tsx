import { memo } from 'preact/compat';
import { t } from '../../components/t';
import type { StoredItem } from '../../utils/db';
import { firstWords } from '../../utils/evidence/locker';
import type { RowThumb } from '../../utils/evidence/thumbs';
import { platformName } from './Filters';
import { useBlobUrl } from './locker-db';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  item: StoredItem;
  thumb: RowThumb;
  selected: boolean;
  onSelect(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

/** One item in the list: thumbnail, platform, author, capture time, first words. */
function Row({ item, thumb, selected, onSelect, onOpen }: Props) {
  const fromFile = useBlobUrl(thumb instanceof Blob ? thumb : undefined);
  const src = typeof thumb === 'string' ? thumb : fromFile;
  const m = item.metadata;
  const author = m.author.name ?? m.author.handle ?? (m.wholePage ? t('lockerWholePage') : t('lockerUnknownAuthor'));
  return (
    <li class="item" data-item-id={item.id}>
      <input type="checkbox" checked={selected} aria-label={t('lockerSelectItem', author)} onChange={(e) => onSelect([item.id], (e.target as HTMLInputElement).checked)} />
      {src ? <img class="thumb" src={src} alt="" /> : <span class="thumb" />}
      <button type="button" class="open" onClick={() => onOpen(item.id)}>
        <span class="meta">
          <span class="platform">{platformName[m.platform] ?? m.platform}</span>
          <strong class="author">{author}</strong>
          {m.author.handle && m.author.name && <span class="handle">{m.author.handle}</span>}
          <time dateTime={m.capturedAt}>{when.format(new Date(m.capturedAt))}</time>
          {m.pageChanged && <strong class="changed">{t('lockerPageChanged')}</strong>}
          {m.pixelsFrom === 'html2canvas' && <strong class="changed">{t('lockerReconstructed')}</strong>}
        </span>
        <span class="words">{firstWords(m.text || m.pageTitle)}</span>
      </button>
    </li>
  );
}

/** Rows re-render only when their own item, thumbnail or selection changes. */
export const ItemRow = memo(Row);
