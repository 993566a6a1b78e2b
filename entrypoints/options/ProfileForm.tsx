import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { type Profile, type TermGroup, termGroups } from '../../utils/profile';
import { loadProfile, saveProfile } from '../../utils/profile-store';
import { extensionDb } from '../../utils/db';
import { ProfileFileButtons } from './ProfileFileButtons';
import { accountsToLines, groupLabel, linesToAccounts, linesToTerms } from './terms-text';
import { TsaSetting } from './TsaSetting';

export function ProfileForm() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => void loadProfile(extensionDb(), browser.storage.local).then(setProfile), []);
  if (!profile) return null;

  const setGroup = (group: TermGroup, text: string) =>
    setProfile({ ...profile, terms: { ...profile.terms, [group]: linesToTerms(text) } });
  const save = async (next: Profile) => {
    try {
      await saveProfile(extensionDb(), browser.storage.local, next);
      setProfile(next);
      setMessage({ text: t('saved'), error: false });
    } catch (err) {
      setMessage({ text: t('saveFailed', String(err)), error: true });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void save(profile); }}>
        <p>{t('termsHint')}</p>
        <div class="groups">
          {termGroups.map((g) => (
            <label key={g}>
              {groupLabel(g)}
              <textarea name={g} value={profile.terms[g].join('\n')} onChange={(e) => setGroup(g, e.currentTarget.value)} />
            </label>
          ))}
        </div>
        <label class="accounts">
          {t('ownAccounts')}
          <small class="hint">{t('ownAccountsHelp')}</small>
          <textarea name="accounts" value={accountsToLines(profile.accounts)} onChange={(e) => setProfile({ ...profile, accounts: linesToAccounts(e.currentTarget.value) })} />
        </label>
        <p class="number">
          <label>
            {t('personnelNumber')}
            <small class="hint">{t('personnelNumberHelp')}</small>
            <input name="personnelNumber" value={profile.personnelNumber} pattern="[A-Za-z0-9\-]*" maxLength={20}
              onChange={(e) => setProfile({ ...profile, personnelNumber: e.currentTarget.value.trim() })} />
          </label>
        </p>
        <div class="actions">
          <button type="submit">{t('save')}</button>
          <ProfileFileButtons profile={profile} onImported={(p) => void save(p).then(() => setMessage({ text: t('importDone'), error: false }))}
            onError={(text) => setMessage({ text, error: true })} />
        </div>
      </form>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <TsaSetting />
    </main>
  );
}
