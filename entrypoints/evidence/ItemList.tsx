import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/t';
import { type LockerFilter, emptyFilter, listItems, thumbnailsOf } from '../../utils/evidence/locker';
import { ItemRow } from './ItemRow';
import { useLive } from './locker-db';
import { extensionDb } from '../../utils/db';

const PAGE = 50;

interface Props {
  filter: LockerFilter;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

/**
 * The items, newest first, a page at a time: more load when the end of the list scrolls into
 * view (or with the button). Only shown rows are rendered, so thousands of items stay quick.
 */
export function ItemList({ filter, selected, onSelect, onOpen }: Props) {
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [filter]);
  const { value: page, error } = useLive(async () => {
    const found = await listItems(extensionDb(), filter, null, limit);
    return { ...found, thumbs: await thumbnailsOf(extensionDb(), found.items) };
  }, [filter, limit]);
  const end = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = end.current;
    if (!el || !page?.next) return undefined;
    const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && setLimit((l) => l + PAGE));
    io.observe(el);
    return () => io.disconnect();
  }, [page]);
  if (error) return <p role="alert">{t('lockerError', String(error))}</p>;
  if (!page) return <p aria-busy="true" />;
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyFilter);
  if (!page.items.length) return <p class="empty">{t(filtered ? 'lockerNoMatch' : 'lockerEmpty')}</p>;
  const ids = page.items.map((i) => i.id);
  return (
    <section class="list" aria-label={t('lockerTitle')}>
      <p class="count">
        <span>{t('lockerShown', String(page.items.length))}</span>
        <label><input type="checkbox" checked={ids.every((id) => selected.has(id))} onChange={(e) => onSelect(ids, (e.target as HTMLInputElement).checked)} /> {t('lockerSelectPage')}</label>
      </p>
      <ul class="items">
        {page.items.map((item, i) => (
          <ItemRow key={item.id} item={item} thumb={page.thumbs[i]} selected={selected.has(item.id)} onSelect={onSelect} onOpen={onOpen} />
        ))}
      </ul>
      {page.next && <button ref={end} type="button" class="secondary" onClick={() => setLimit((l) => l + PAGE)}>{t('lockerMore')}</button>}
    </section>
  );
}
