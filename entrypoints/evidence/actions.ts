import type { ComponentType } from 'preact';
import { lazy } from 'preact/compat';
import type { CaseRecord } from '../../utils/db';
import type { LockerFilter } from '../../utils/evidence/locker';

/** What a toolbar action gets: the officer's selection and the list's state. */
export interface LockerActionProps {
  /** Ids of the selected items, in list order. */
  selected: string[];
  filter: LockerFilter;
  cases: CaseRecord[];
  clearSelection(): void;
}

/**
 * The locker's toolbar: each entry is a small component acting on the selection. Features add
 * theirs here with one line (e.g. the bundle export for an aangifte). They load after the list's
 * first rows (their code brings the schemas, the export and the settings).
 */
export const toolbarActions: ComponentType<LockerActionProps>[] = [
  lazy(() => import('./CaseActions').then((m) => m.CaseActions)),
  lazy(() => import('./ExportAction').then((m) => m.ExportAction)),
];
