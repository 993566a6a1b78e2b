import { Suspense, lazy } from 'preact/compat';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../components/t';
import { type LockerFilter, emptyFilter } from '../../utils/evidence/locker';
import { toolbarActions } from './actions';
import { Filters } from './Filters';
import { ItemList } from './ItemList';
import { useLive } from './locker-db';
import { extensionDb } from '../../utils/db';

// The detail (forms, custody log, takedown, messaging) loads when an item is opened, and the
// reminders (settings, takedown history; shown once read, as before) after the first rows.
const ItemDetail = lazy(() => import('./ItemDetail').then((m) => m.ItemDetail));
const Reminders = lazy(() => import('./Reminders').then((m) => m.Reminders));

const itemInHash = () => /^#item=([0-9a-f-]{36})$/.exec(location.hash)?.[1] ?? null;

/**
 * The evidence locker: filters, the list with its selection, a toolbar of actions on the
 * selection, and the detail of one item (#item=<id>, so it can be linked and reloaded).
 */
export function Locker() {
  const [filter, setFilter] = useState<LockerFilter>(emptyFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string | null>(itemInHash());
  const cases = useLive(() => extensionDb().cases.orderBy('createdAt').reverse().toArray(), []).value ?? [];
  useEffect(() => {
    const onHash = () => setOpen(itemInHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const select = useCallback((ids: string[], on: boolean) => setSelected((s) => {
    const next = new Set(s);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    return next;
  }), []);
  const openItem = useCallback((id: string) => { location.hash = `item=${id}`; }, []);
  const props = { selected: [...selected], filter, cases, clearSelection: () => setSelected(new Set()) };
  return (
    <div class={`locker${open ? ' has-detail' : ''}`}>
      <header>
        <h1>{t('lockerTitle')}</h1>
        <p class="intro">{t('lockerIntro')}</p>
      </header>
      <main class="browse">
        <Suspense fallback={null}><Reminders /></Suspense>
        <Filters filter={filter} cases={cases} onChange={setFilter} />
        <section class="toolbar" aria-label={t('lockerActions')}>
          <p>{t('lockerSelected', String(selected.size))}
            {selected.size > 0 && <button type="button" class="link" onClick={props.clearSelection}>{t('lockerClearSelection')}</button>}
          </p>
          {toolbarActions.map((Action) => <Action {...props} />)}
        </section>
        <ItemList filter={filter} selected={selected} onSelect={select} onOpen={openItem} />
      </main>
      {open && <Suspense fallback={null}><ItemDetail key={open} itemId={open} cases={cases} onClose={() => { location.hash = ''; }} /></Suspense>}
    </div>
  );
}
