import { browser } from 'wxt/browser';
import { POLICY_KEY, parsePolicy } from '../../utils/policy';

/**
 * Mirrors the organisation's policy (storage.managed) into storage.local, parsed, so that every
 * context reads settings with the policy applied (utils/settings.ts). At start and whenever the
 * browser reports a policy change; a removed policy gives control back to the officer.
 */
async function mirror(): Promise<void> {
  // Firefox rejects when no policy exists; Chromium answers {}.
  const raw: unknown = await browser.storage.managed.get().catch(() => undefined);
  await browser.storage.local.set({ [POLICY_KEY]: parsePolicy(raw) });
}

export function policyWatch(): void {
  const run = () => void mirror().catch((err: unknown) => console.error('Schildwacht: beleid niet gelezen', err));
  run();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') run();
  });
}
