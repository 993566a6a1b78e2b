import type { ComponentType } from 'preact';
import type { CaseRecord } from '../../utils/db';
import type { LockerFilter } from '../../utils/evidence/locker';
import { CaseActions } from './CaseActions';
import { ExportAction } from './ExportAction';

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
 * theirs here with one line (e.g. the bundle export for an aangifte). Loaded with the list, not
 * after it: the toolbar sits above the rows and must not push them down once they are shown.
 */
export const toolbarActions: ComponentType<LockerActionProps>[] = [CaseActions, ExportAction];
