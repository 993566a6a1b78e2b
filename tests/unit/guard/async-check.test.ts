// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/detect/index';
import { CheckFailed, createChecker } from '../../../utils/guard/checker';
import { mastodon } from '../../../utils/sites/mastodon';
import type { ComposerSpec } from '../../../utils/sites/types';
import { $, loadFixture } from './fixture-dom';
import { guardOn, settle } from './guard-dom';

const detect = createDetector(['Mila']);
let uninstall: (() => void) | undefined;
afterEach(() => { uninstall?.(); uninstall = undefined; });

function page(ask: (text: string) => Promise<ReturnType<typeof detect>>, timeoutMs = 3000) {
  loadFixture('mastodon-composer.html');
  const sent: string[] = [];
  const textarea = $('textarea') as HTMLTextAreaElement;
  ($('.compose-form') as HTMLFormElement).addEventListener('submit', (e) => { e.preventDefault(); sent.push(textarea.value); });
  const asked: string[] = [];
  const checker = createChecker((text) => { asked.push(text); return ask(text); }, { timeoutMs, maxLength: 100_000 });
  const g = guardOn(mastodon.composer as ComposerSpec, () => null, { checker });
  uninstall = g.uninstall;
  const click = () => { const b = $('button[type="submit"]') as HTMLButtonElement; const e = new MouseEvent('click', { bubbles: true, cancelable: true }); b.dispatchEvent(e); return e.defaultPrevented; };
  return { ...g, textarea, sent, asked, click, checker };
}

describe('the guard asks the background and decides', () => {
  it('decides at once on an answered text: a clean post goes through untouched (the click is not prevented)', async () => {
    const p = page(async (t) => detect(t));
    p.textarea.value = 'Goedemorgen';
    await p.checker.check('Goedemorgen');
    expect(p.click()).toBe(false);
    expect(p.asked).toEqual(['Goedemorgen']);
  });

  it('an unanswered text: stops the send, checks, then does it again when clean', async () => {
    const p = page(async (t) => detect(t));
    p.textarea.value = 'Tot straks';
    expect(p.click()).toBe(true);
    expect(p.sent).toEqual([]);
    await settle();
    expect(p.sent).toEqual(['Tot straks']);
    expect(p.dialog()).toBeNull();
  });

  it('holds with "kon niet worden gecontroleerd" when the check times out or the text is too long', async () => {
    const p = page(() => new Promise(() => undefined), 20);
    p.textarea.value = 'Hallo';
    p.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(p.sent).toEqual([]);
    expect(p.dialog()!.textContent).toContain('de controle duurde te lang');
    p.button('Aanpassen').click();
    p.textarea.value = 'a'.repeat(100_001);
    p.click();
    await settle();
    expect(p.dialog()!.textContent).toContain('langer dan 100.000 tekens');
    expect(p.sent).toEqual([]);
  });

  it('holds with the background\'s reason when it refuses', async () => {
    const p = page(async () => { throw new CheckFailed('not-ready'); });
    p.textarea.value = 'Hallo';
    p.click();
    await settle();
    expect(p.dialog()!.textContent).toContain('je profiel is nog niet geladen');
  });

  it('forgets answers when told the profile changed', async () => {
    let terms = createDetector([]);
    const p = page(async (t) => terms(t));
    p.textarea.value = 'Mila';
    await p.checker.check('Mila');
    terms = detect;
    p.checker.clear();
    p.click();
    await settle();
    expect(p.dialog()!.textContent).toContain('Uit je eigen profiel: Mila');
  });
});
