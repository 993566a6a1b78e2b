import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/t';
import { type LockerFilter, type PageCursor, emptyFilter } from '../../utils/evidence/locker';
import { ListPage, type PageResult } from './ListPage';

/** Where each loaded page starts, and what each found so far. */
interface Pages { cursors: (PageCursor | null)[]; results: (PageResult | undefined)[] }
const firstPage = (): Pages => ({ cursors: [null], results: [] });

/** A page's result; if it now ends elsewhere (a new capture came in), the pages after it start again from there. */
function withResult(p: Pages, index: number, r: PageResult): Pages {
  const results = [...p.results];
  results[index] = r;
  if (index + 1 >= p.cursors.length || JSON.stringify(p.cursors[index + 1]) === JSON.stringify(r.next)) return { ...p, results };
  return { cursors: [...p.cursors.slice(0, index + 1), ...(r.next ? [r.next] : [])], results: results.slice(0, index + 1) };
}

interface Props {
  filter: LockerFilter;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

/**
 * The items, newest first, a page at a time: more load when the end of the list scrolls into
 * view (or with the button). Each page starts where the one before ended, so thousands of items
 * stay quick.
 */
export function ItemList({ filter, selected, onSelect, onOpen }: Props) {
  const [pages, setPages] = useState<Pages>(firstPage);
  const [error, setError] = useState<unknown>(null);
  // A new filter starts from its first page; not on mount, which would drop what the first page already found.
  const shownFilter = useRef(filter);
  useEffect(() => {
    if (shownFilter.current === filter) return;
    shownFilter.current = filter;
    setPages(firstPage());
  }, [filter]);
  const onResult = useCallback((index: number, r: PageResult | { error: unknown }) => {
    if ('error' in r) setError(r.error);
    else setPages((p) => withResult(p, index, r));
  }, []);
  const { cursors, results } = pages;
  const last = results[cursors.length - 1];
  const more = useCallback(() => setPages((p) => {
    const next = p.results[p.cursors.length - 1]?.next;
    return next && p.cursors.length === cursors.length ? { ...p, cursors: [...p.cursors, next] } : p;
  }), [cursors.length]);
  const end = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = end.current;
    if (!el || !last?.next) return undefined;
    const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && more());
    io.observe(el);
    return () => io.disconnect();
  }, [last, more]);
  if (error) return <p role="alert">{t('lockerError', String(error))}</p>;
  const ids = results.flatMap((r) => r?.ids ?? []);
  const first = results[0];
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyFilter);
  return (
    <section class="list" aria-label={t('lockerTitle')} aria-busy={!first}>
      {first && !ids.length && <p class="empty">{t(filtered ? 'lockerNoMatch' : 'lockerEmpty')}</p>}
      {ids.length > 0 && <p class="count">
        <span>{t('lockerShown', String(ids.length))}</span>
        <label><input type="checkbox" checked={ids.every((id) => selected.has(id))} onChange={(e) => onSelect(ids, (e.target as HTMLInputElement).checked)} /> {t('lockerSelectPage')}</label>
      </p>}
      <ul class="items">
        {cursors.map((cursor, i) => (
          <ListPage key={`${i}:${JSON.stringify(cursor)}`} filter={filter} cursor={cursor} selected={selected} onSelect={onSelect} onOpen={onOpen} onResult={(r) => onResult(i, r)} />
        ))}
      </ul>
      {last?.next && <button ref={end} type="button" class="secondary more" onClick={more}>{t('lockerMore')}</button>}
    </section>
  );
}
