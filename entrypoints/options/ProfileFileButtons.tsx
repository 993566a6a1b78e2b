import { t } from '../../components/t';
import { type Profile, parseProfileFile, toProfileFile } from '../../utils/profile';

interface Props {
  profile: Profile;
  onImported(profile: Profile): void;
  onError(message: string): void;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export and import of the profile as a file; a bad file overwrites nothing. */
export function ProfileFileButtons({ profile, onImported, onError }: Props) {
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_000_000) return onError(t('importFailed', 'bestand te groot'));
    const result = parseProfileFile(await file.text());
    if (result.ok) onImported(result.value);
    else onError(t('importFailed', result.error === 'notJson' ? t('importNotJson') : t('invalidField', result.error)));
  };
  return (
    <>
      <button type="button" class="secondary"
        onClick={() => download('schildwacht-profiel.json', JSON.stringify(toProfileFile(profile, new Date()), null, 2))}>
        {t('exportProfile')}
      </button>
      <label class="secondary-file">
        {t('importProfile')}
        <input type="file" accept="application/json,.json" data-testid="import-profile"
          onChange={(e) => { void importFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
    </>
  );
}
