import type { PieceKind } from '../utils/findability/graph';
import type { MessageKey } from '../utils/i18n';
import { t } from './t';

function upperFirst(s: string): string {
  return s.replace(/(^|_)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase());
}

/** The name of a category of identifying data (phone, postcode, …) in the UI language. */
export function categoryLabel(category: string): string {
  return t(`fxCat${upperFirst(category)}` as MessageKey);
}

/** The name of a kind of piece: a profile group (children, club, …) or a data category. */
export function kindLabel(kind: PieceKind): string {
  return t(`fxKind${upperFirst(kind)}` as MessageKey);
}
