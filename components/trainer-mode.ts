import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, loadSettings, settingsSchema } from '../utils/settings';

/** Whether trainer mode is on, following changes made on any page; null while loading. */
export function useTrainerMode(): boolean | null {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void loadSettings(browser.storage.local).then((s) => setOn(s.trainerMode));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const parsed = settingsSchema.safeParse(changes[SETTINGS_KEY]?.newValue ?? {});
      setOn(parsed.success ? parsed.data.trainerMode : false);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return on;
}
