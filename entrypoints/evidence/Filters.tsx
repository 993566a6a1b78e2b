import { t } from '../../components/t';
import type { CaseRecord } from '../../utils/db';
import { type LockerFilter, NO_CASE } from '../../utils/evidence/locker';
import { offences } from '../../utils/evidence/offences';
import { platforms } from '../../utils/sites/types';

export const platformName: Record<string, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reddit: 'Reddit', tiktok: 'TikTok',
  youtube: 'YouTube', bluesky: 'Bluesky', mastodon: 'Mastodon', telegram: 'Telegram', generic: 'Web',
};

interface Props { filter: LockerFilter; cases: CaseRecord[]; onChange(f: LockerFilter): void }

/** Search words, platform, case and offence; every change filters the list at once. */
export function Filters({ filter, cases, onChange }: Props) {
  const set = <K extends keyof LockerFilter>(k: K) => (e: Event) => onChange({ ...filter, [k]: (e.target as HTMLInputElement).value });
  return (
    <form class="filters" role="search" aria-label={t('lockerFilters')} onSubmit={(e) => e.preventDefault()}>
      <label>{t('lockerSearch')}<input type="search" value={filter.query} onInput={set('query')} /></label>
      <label>{t('lockerPlatform')}
        <select value={filter.platform} onChange={set('platform')}>
          <option value="">{t('lockerAll')}</option>
          {platforms.map((p) => <option value={p}>{platformName[p]}</option>)}
        </select>
      </label>
      <label>{t('lockerCase')}
        <select value={filter.caseId} onChange={set('caseId')}>
          <option value="">{t('lockerAll')}</option>
          <option value={NO_CASE}>{t('lockerNoCase')}</option>
          {cases.map((c) => <option value={c.id}>{c.title}</option>)}
        </select>
      </label>
      <label>{t('lockerOffence')}
        <select value={filter.offence} onChange={set('offence')}>
          <option value="">{t('lockerAll')}</option>
          {offences.map((o) => <option value={o}>{t(`offence_${o}`)}</option>)}
        </select>
      </label>
    </form>
  );
}
