import { t } from '../../components/t';
import type { StoredItem } from '../../utils/db';
import { firstWords } from '../../utils/evidence/locker';
import { platformName } from './Filters';
import { lockerDb, useBlobUrl, useLive } from './locker-db';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props { item: StoredItem; selected: boolean; onSelect(on: boolean): void; onOpen(): void }

/** One item in the list: thumbnail, platform, author, capture time, first words. */
export function ItemRow({ item, selected, onSelect, onOpen }: Props) {
  const thumb = useLive(() => lockerDb().files.get([item.id, 'thumbnail.jpg']), [item.id]).value;
  const src = useBlobUrl(thumb?.blob);
  const m = item.metadata;
  const author = m.author.name ?? m.author.handle ?? (m.wholePage ? t('lockerWholePage') : t('lockerUnknownAuthor'));
  return (
    <li class="item" data-item-id={item.id}>
      <input type="checkbox" checked={selected} aria-label={t('lockerSelectItem', author)} onChange={(e) => onSelect((e.target as HTMLInputElement).checked)} />
      {src ? <img class="thumb" src={src} alt="" /> : <span class="thumb" />}
      <button type="button" class="open" onClick={onOpen}>
        <span class="meta">
          <span class="platform">{platformName[m.platform] ?? m.platform}</span>
          <strong class="author">{author}</strong>
          {m.author.handle && m.author.name && <span class="handle">{m.author.handle}</span>}
          <time dateTime={m.capturedAt}>{when.format(new Date(m.capturedAt))}</time>
        </span>
        <span class="words">{firstWords(m.text || m.pageTitle)}</span>
      </button>
    </li>
  );
}
