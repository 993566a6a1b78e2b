import { t } from '../../components/t';
import type { Profile, TermGroup } from '../../utils/profile';
import { type Platform, platforms } from '../../utils/sites/types';
import type { MessageKey } from '../../utils/i18n';

export function linesToTerms(text: string): string[] {
  return [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
}

export function groupLabel(group: TermGroup): string {
  return t(`group${group[0]!.toUpperCase()}${group.slice(1)}` as MessageKey);
}

/** "x: @wijkagent_karin" per line (a bare handle counts on every platform). */
export function linesToAccounts(text: string): Profile['accounts'] {
  return linesToTerms(text).slice(0, 50).map((line) => {
    const m = /^([a-z]+)\s*:\s*(\S.*)$/.exec(line);
    const platform = m && (platforms as readonly string[]).includes(m[1]!) ? (m[1] as Platform) : 'generic';
    return { platform, handle: (platform === 'generic' ? line : m![2]!).trim().slice(0, 200) };
  });
}

export function accountsToLines(accounts: Profile['accounts']): string {
  return accounts.map((a) => (a.platform === 'generic' ? a.handle : `${a.platform}: ${a.handle}`)).join('\n');
}
