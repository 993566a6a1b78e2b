import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, until } from '../firefox/harness';
import { setProfile } from '../firefox/helpers';
import { FIREFOX_POLICY, ORGANISATION, firefoxPolicy, removePolicy, restorePolicies, writePolicy } from './policy-files';

const profileDir = mkdtempSync(join(tmpdir(), 'sw-ff-policy-'));
afterAll(() => {
  restorePolicies();
  rmSync(profileDir, { recursive: true, force: true });
});

const policyText = (s: FirefoxSession) => s.extension.evaluate(() => document.querySelector('[data-testid="policy"]')?.textContent ?? null);
const tsaInput = (s: FirefoxSession) => s.extension.evaluate(() => {
  const input = document.querySelector<HTMLInputElement>('input[name="tsaUrl"]');
  return input ? { value: input.value, disabled: input.matches(':disabled') } : null;
});

describe('Firefox: rollout by policy (distribution/policies.json)', () => {
  it('takes effect at start, locked in options; a value of the wrong type is ignored with a note; without the file, after a restart, the officer has control', async () => {
    writePolicy(FIREFOX_POLICY, firefoxPolicy({ ...ORGANISATION, stampAtCapture: 'ja' }));
    let s = await launchFirefox(profileDir);
    try {
      await setProfile(s, { children: ['Mila'] });
      const text = await until(() => policyText(s), (t) => !!t, 'no policy shown on the options page');
      for (const shown of ['Ingesteld door uw organisatie', 'https://tsa.politie.example/tsr', 'meldingen@politie.example']) expect(text).toContain(shown);
      const note = await s.extension.evaluate(() => document.querySelector('[data-policy-ignored="stampAtCapture"]')?.textContent);
      expect(note).toContain('"stampAtCapture" een waarde van het verkeerde soort');
      expect(await until(() => tsaInput(s), (i) => i?.value === 'https://tsa.politie.example/tsr', 'TSA not from policy')).toEqual({ value: 'https://tsa.politie.example/tsr', disabled: true });
      // The wrongly typed value is ignored: the officer keeps that switch.
      expect(await s.extension.evaluate(() => document.querySelector<HTMLInputElement>('input[name="stampAtCapture"]')!.disabled)).toBe(false);
      expect(await s.extension.evaluate(() => document.querySelector('.trainer-mode'))).toBeNull();
    } finally {
      await s.close();
    }
    removePolicy(FIREFOX_POLICY);
    s = await launchFirefox(profileDir);
    try {
      // The same profile (the officer's own data is still there), now without the policy.
      await until(() => s.extension.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea[name="children"]')?.value), (v) => v === 'Mila', 'not the same profile');
      expect(await until(() => tsaInput(s), (i) => i !== null, 'no options page')).toEqual({ value: '', disabled: false });
      expect(await policyText(s)).toBeNull();
      expect(await s.extension.evaluate(() => !!document.querySelector('.trainer-mode'))).toBe(true);
    } finally {
      await s.close();
    }
  });
});
