import { t } from '../../components/t';
import { groupLabel } from '../options/terms-text';
import { type Profile, termGroups } from '../../utils/profile';

interface Props {
  profile: Profile;
  chosen: string[];
  onChange(chosen: string[]): void;
}

/** The officer's terms as checkboxes, none chosen beforehand: the officer decides what to search for. */
export function TermPicker({ profile, chosen, onChange }: Props) {
  const filled = termGroups.filter((g) => profile.terms[g].length > 0);
  if (!filled.length) return <p role="alert">{t('fxSelfSearchNoTerms')}</p>;
  const toggle = (term: string, on: boolean) => onChange(on ? [...chosen, term] : chosen.filter((c) => c !== term));
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {filled.map((g) => (
        <fieldset key={g}>
          <legend>{groupLabel(g)}</legend>
          {profile.terms[g].map((term) => (
            <label key={term}>
              <input type="checkbox" checked={chosen.includes(term)} onChange={(e) => toggle(term, e.currentTarget.checked)} />
              {term}
            </label>
          ))}
        </fieldset>
      ))}
    </form>
  );
}
