import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { POLICY_KEY } from '../utils/policy';
import { SETTINGS_KEY, loadSettings } from '../utils/settings';

/** Whether trainer mode is on, following changes made on any page; null while loading. */
export function useTrainerMode(): boolean | null {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    const read = () => void loadSettings(browser.storage.local).then((s) => setOn(s.trainerMode));
    read();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return on;
}
