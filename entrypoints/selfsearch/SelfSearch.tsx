import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { useTrainerMode } from '../../components/trainer-mode';
import { personaProfile } from '../../utils/findability/persona';
import { type SearchGroup, type SearchLink, composeSearches } from '../../utils/findability/search';
import type { Profile } from '../../utils/profile';
import { loadProfile } from '../../utils/profile-store';
import { extensionDb } from '../../utils/db';
import { OpenedTabs, type Opened } from './OpenedTabs';
import { TermPicker } from './TermPicker';

const groups: SearchGroup[] = ['engine', 'social', 'public', 'image', 'place'];
const groupTitle = { engine: 'fxSearchEngines', social: 'fxSearchSocial', public: 'fxSearchPublic', image: 'fxSearchImage', place: 'fxSearchPlace' } as const;

/** Guided self-search: pick terms, open composed searches one click at a time, scan what opens. */
export function SelfSearch() {
  const trainer = useTrainerMode();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [opened, setOpened] = useState<Opened[]>([]);
  useEffect(() => {
    setChosen([]);
    if (trainer === null) return;
    // In trainer mode the officer's own profile is not read at all.
    if (trainer) setProfile(personaProfile);
    else void loadProfile(extensionDb(), browser.storage.local).then(setProfile);
  }, [trainer]);
  if (trainer === null || !profile) return null;
  const searches = composeSearches(chosen);
  const open = async (link: SearchLink) => {
    const tab = await browser.tabs.create({ url: link.url, active: false });
    if (tab.id !== undefined) setOpened((list) => [...list, { tabId: tab.id!, link }]);
  };
  return (
    <main class="selfsearch">
      <h1>{t('fxSelfSearchTitle')}</h1>
      <p>{t('fxSelfSearchIntro')}</p>
      {trainer && <p class="note" data-testid="selfsearch-trainer">{t('fxSelfSearchTrainer')}</p>}
      <TermPicker profile={profile} chosen={chosen} onChange={setChosen} />
      {searches.length === 0 ? <p>{t('fxSelfSearchPick')}</p> : (
        <div class="searches" data-testid="searches">
          {groups.map((g) => (
            <section key={g} aria-labelledby={`sg-${g}`}>
              <h2 id={`sg-${g}`}>{t(groupTitle[g])}</h2>
              <ul>
                {searches.filter((s) => s.group === g).map((s) => (
                  <li key={s.id}>
                    <button type="button" class="secondary" data-url={s.url} onClick={() => void open(s)}>
                      {s.viaGoogle ? t('fxSearchOpenVia', s.name) : t('fxSearchOpen', s.name)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <OpenedTabs opened={opened} />
    </main>
  );
}
