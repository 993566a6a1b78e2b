import { t } from '../../components/t';
import type { TermGroup } from '../../utils/profile';
import type { MessageKey } from '../../utils/i18n';

export function linesToTerms(text: string): string[] {
  return [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
}

export function groupLabel(group: TermGroup): string {
  return t(`group${group[0]!.toUpperCase()}${group.slice(1)}` as MessageKey);
}
