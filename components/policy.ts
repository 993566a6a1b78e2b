import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { POLICY_KEY, type PolicyKey, type StoredPolicy } from '../utils/policy';
import { loadPolicy } from '../utils/settings';

/** The organisation's policy as mirrored in storage.local, following changes; null while loading. */
export function usePolicy(): StoredPolicy | null {
  const [policy, setPolicy] = useState<StoredPolicy | null>(null);
  useEffect(() => {
    const read = () => void loadPolicy(browser.storage.local).then(setPolicy);
    read();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && POLICY_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return policy;
}

/** Whether the policy sets this field (the control is then locked). */
export const setByPolicy = (policy: StoredPolicy | null, key: PolicyKey) => policy?.values[key] !== undefined;
