import { useEffect } from 'preact/hooks';
import type { LockerFilter, PageCursor } from '../../utils/evidence/locker';
import { fillThumbs } from '../../utils/evidence/thumbs';
import { readPage, takeEarly } from './first-page';
import { ItemRow } from './ItemRow';
import { useLive } from './locker-db';
import { extensionDb } from '../../utils/db';

/** What a page found: its ids and where the next one starts (null at the end). */
export interface PageResult { ids: string[]; next: PageCursor | null }

interface Props {
  filter: LockerFilter;
  cursor: PageCursor | null;
  selected: ReadonlySet<string>;
  onResult(result: PageResult | { error: unknown }): void;
  onSelect(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

/**
 * One page of rows, read on its own and kept up to date on its own: loading the next page reads
 * and renders only that page, and a new capture re-reads the pages it moves.
 */
export function ListPage({ filter, cursor, selected, onResult, onSelect, onOpen }: Props) {
  const { value: page, error } = useLive(() => readPage(extensionDb(), filter, cursor), [filter, cursor], () => takeEarly(filter, cursor));
  useEffect(() => {
    if (error) onResult({ error });
    else if (page) {
      onResult({ ids: page.items.map((i) => i.id), next: page.next });
      // Items from before version 7 of the locker: shown from their files once, inline from then on.
      fillThumbs(extensionDb(), page.items, page.thumbs).catch(() => undefined);
    }
  }, [page, error]);
  if (!page) return null;
  return (
    <>
      {page.items.map((item, i) => (
        <ItemRow key={item.id} item={item} thumb={page.thumbs[i]} selected={selected.has(item.id)} onSelect={onSelect} onOpen={onOpen} />
      ))}
    </>
  );
}
