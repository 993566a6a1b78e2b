import { afterAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, openPopupFor, serve } from '../harness';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_POLICY, ORGANISATION, chromiumPolicy, removePolicy, restorePolicies, writePolicy } from './policy-files';

afterAll(() => restorePolicies());

describe('Chromium: rollout by policy (/etc/chromium/policies/managed)', () => {
  it('takes effect at start, locked in options; a value of the wrong kind is ignored with a note; a change applies; removing it gives control back', async () => {
    writePolicy(CHROMIUM_POLICY, chromiumPolicy({ ...ORGANISATION, dsaNoticeEmail: 'geen e-mailadres' }));
    const session = await launch();
    try {
      expect(session.extensionId).toBe(CHROMIUM_EXTENSION_ID);
      const options = await session.context.newPage();
      await options.goto(extensionUrl(session, 'options.html'));
      const policy = options.getByTestId('policy');
      await expect.poll(() => policy.textContent(), { timeout: 15_000 }).toContain('Ingesteld door uw organisatie');
      const text = (await policy.textContent()) ?? '';
      for (const shown of ['https://tsa.politie.example/tsr', 'forum.politie.example (generic)', 'volledig']) expect(text).toContain(shown);
      expect(await options.locator('[data-policy-ignored="dsaNoticeEmail"]').textContent()).toContain('"dsaNoticeEmail" een waarde van het verkeerde soort');
      const url = options.locator('input[name="tsaUrl"]');
      await expect.poll(() => url.inputValue()).toBe('https://tsa.politie.example/tsr');
      expect(await url.isDisabled()).toBe(true);
      expect(await options.locator('input[name="stampAtCapture"]').isChecked()).toBe(true);
      expect(await options.locator('input[name="stampAtCapture"]').isDisabled()).toBe(true);
      expect(await options.locator('.trainer-mode').count()).toBe(0);

      await serve(session.context, 'https://x.com/**', '<p>x</p>');
      const site = await session.context.newPage();
      await site.goto('https://x.com/home');
      const popup = await openPopupFor(session, site);
      await expect.poll(() => popup.locator('[data-locked="guardForced"]').count()).toBe(1);
      expect(await popup.getByTestId('guard-switch').locator('input[type="checkbox"]').isDisabled()).toBe(true);
      await popup.close();

      // A change: Chromium notices the file and tells the extension (storage.onChanged, area managed).
      writePolicy(CHROMIUM_POLICY, chromiumPolicy({ tsaUrl: 'https://tsa2.politie.example/tsr' }));
      await expect.poll(() => url.inputValue(), { timeout: 30_000 }).toBe('https://tsa2.politie.example/tsr');
      expect(await options.locator('.trainer-mode').count()).toBe(1);
      expect(await options.locator('input[name="stampAtCapture"]').isDisabled()).toBe(false);

      removePolicy(CHROMIUM_POLICY);
      await expect.poll(() => policy.count(), { timeout: 30_000 }).toBe(0);
      expect(await url.isDisabled()).toBe(false);
      await url.fill('https://eigen-tsa.example/tsr');
      await options.getByRole('button', { name: 'Opslaan' }).last().click();
      expect(session.unexpected).toEqual([]);
    } finally {
      await session.close();
    }
  }, 120_000);
});
