import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { updateSettings } from '../utils/settings';
import { usePolicy } from './policy';
import { t } from './t';
import { useTrainerMode } from './trainer-mode';

/** The trainer-mode switch: scans then use the fictional demo persona instead of the officer's profile. */
export function TrainerModeSwitch({ demoLink = true }: { demoLink?: boolean }) {
  const on = useTrainerMode();
  const policy = usePolicy();
  // The organisation can take trainer mode away (policy trainerModeAvailable: false).
  if (on === null || policy?.values.trainerModeAvailable === false) return null;
  return (
    <section class="trainer-mode" aria-labelledby="trainer-mode-title">
      <h2 id="trainer-mode-title">{t('fxTrainerTitle')}</h2>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on}
          onChange={(e) => void updateSettings(browser.storage.local, { trainerMode: e.currentTarget.checked })} />
        {t('fxTrainerSwitch')}
      </label>
      <p>{t(on ? 'fxTrainerOnHint' : 'fxTrainerOffHint')}</p>
      {demoLink && <p><a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener">{t('fxOpenDemo')}</a></p>}
    </section>
  );
}

/** Renders its children (the officer's profile) only outside trainer mode, so a classroom never sees it. */
export function TrainerGate({ children }: { children: ComponentChildren }) {
  const on = useTrainerMode();
  if (on === null) return null;
  return on ? <p class="trainer-note" data-testid="profile-hidden">{t('fxProfileHidden')}</p> : <>{children}</>;
}
