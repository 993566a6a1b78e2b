// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDetector } from '../../../utils/detect/index';
import { MASK } from '../../../utils/guard/mask';
import { mastodon } from '../../../utils/sites/mastodon';
import { x } from '../../../utils/sites/x';
import type { ComposerSpec } from '../../../utils/sites/types';
import { $, loadFixture } from './fixture-dom';
import { guardOn, settle } from './guard-dom';

const detector = createDetector(['Mila']);
let uninstall: (() => void) | undefined;
afterEach(() => { uninstall?.(); uninstall = undefined; });

function mastodonPage() {
  loadFixture('mastodon-composer.html');
  const form = $('.compose-form') as HTMLFormElement;
  const textarea = $('textarea') as HTMLTextAreaElement;
  const sent: string[] = [];
  const inputs: string[] = [];
  form.addEventListener('submit', (e) => { e.preventDefault(); sent.push(textarea.value); });
  textarea.addEventListener('input', () => inputs.push(textarea.value));
  const g = guardOn(mastodon.composer as ComposerSpec, () => detector);
  uninstall = g.uninstall;
  const submit = () => ($('.compose-form button[type="submit"]') as HTMLButtonElement).click();
  return { ...g, form, textarea, sent, inputs, submit };
}

describe('composer guard on a textarea composer (Mastodon replica)', () => {
  it('lets a clean post through untouched, without a dialog', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Mooie dag vandaag, op naar het strand!';
    p.submit();
    await settle();
    expect(p.sent).toEqual(['Mooie dag vandaag, op naar het strand!']);
    expect(p.dialog()).toBeNull();
  });

  it('holds a post with a phone number and an address and lists both in plain Dutch', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Bel me op 06-12345678, ik woon op Lindelaan 14';
    p.submit();
    await settle();
    expect(p.sent).toEqual([]);
    const items = [...p.dialog()!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Telefoonnummer: 06-12345678', 'Adres: Lindelaan 14']);
    expect(p.dialog()!.getAttribute('aria-modal')).toBe('true');
  });

  it('Aanpassen (and Escape) send nothing and put the focus back in the text', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Mila is vandaag jarig';
    p.submit();
    await settle();
    p.button('Aanpassen').click();
    expect(p.dialog()).toBeNull();
    expect(document.activeElement).toBe(p.textarea);
    p.submit();
    await settle();
    p.dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(p.dialog()).toBeNull();
    expect(p.sent).toEqual([]);
  });

  it('Toch plaatsen sends the post once, unchanged', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Bel 06-12345678';
    p.submit();
    await settle();
    p.button('Toch plaatsen').click();
    await settle();
    expect(p.sent).toEqual(['Bel 06-12345678']);
    expect(p.dialog()).toBeNull();
  });

  it('the fix masks the findings one at a time, each with an input event, after which the post goes', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Bel 06-12345678, Lindelaan 14';
    p.submit();
    await settle();
    p.button('Gegevens weglaten').click();
    await vi.waitFor(() => expect(p.dialog()).toBeNull());
    expect(p.textarea.value).toBe(`Bel ${MASK}, ${MASK}`);
    expect(p.inputs).toEqual([`Bel 06-12345678, ${MASK}`, `Bel ${MASK}, ${MASK}`]);
    p.submit();
    await settle();
    expect(p.sent).toEqual([`Bel ${MASK}, ${MASK}`]);
  });

  it('holds with Ctrl+Enter, but not on an Enter that ends an IME composition', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Bel 06-12345678';
    const key = (init: KeyboardEventInit) => p.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
    expect(key({ isComposing: true, ctrlKey: true })).toBe(true);
    expect(p.dialog()).toBeNull();
    expect(key({ ctrlKey: true })).toBe(false);
    await settle();
    expect(p.dialog()).not.toBeNull();
  });

  it('"Niet op deze site" switches the guard off here; then posts pass', async () => {
    const p = mastodonPage();
    p.textarea.value = 'Bel 06-12345678';
    p.submit();
    await settle();
    p.button('Niet op deze site').click();
    await settle();
    expect(p.state.turnedOff).toBe(1);
    expect(p.dialog()).toBeNull();
    p.submit();
    await settle();
    expect(p.sent).toEqual(['Bel 06-12345678']);
  });
});

describe('when checking fails', () => {
  it('holds the post with a "could not be checked" message when the detector throws', async () => {
    loadFixture('mastodon-composer.html');
    const sent: string[] = [];
    ($('.compose-form') as HTMLFormElement).addEventListener('submit', (e) => { e.preventDefault(); sent.push('x'); });
    const g = guardOn(mastodon.composer as ComposerSpec, () => () => { throw new Error('kapot'); });
    uninstall = g.uninstall;
    ($('textarea') as HTMLTextAreaElement).value = 'Gewoon een bericht';
    ($('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(sent).toEqual([]);
    expect(g.dialog()!.textContent).toContain('Dit bericht kon niet worden gecontroleerd');
    expect(g.dialog()!.textContent).toContain('kapot');
    g.button('Toch plaatsen').click();
    await settle();
    expect(sent).toEqual(['x']);
  });

  it('holds a post while the profile is not loaded, but never an empty composer', async () => {
    loadFixture('mastodon-composer.html');
    const g = guardOn(mastodon.composer as ComposerSpec, () => null);
    uninstall = g.uninstall;
    ($('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(g.dialog()).toBeNull();
    ($('textarea') as HTMLTextAreaElement).value = 'hoi';
    ($('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(g.dialog()!.textContent).toContain('je profiel is nog niet geladen');
  });
});

describe('composer guard on a rich editor whose send button is re-rendered (X replica)', () => {
  it('replays Toch plaatsen on the button the page rendered since', async () => {
    loadFixture('x-composer.html');
    const editor = $('[data-testid="tweetTextarea_0"]');
    const sent: string[] = [];
    const render = () => {
      $('#button-slot').innerHTML = '<button data-testid="tweetButtonInline" type="button"><span>Posten</span></button>';
      $('[data-testid="tweetButtonInline"]').addEventListener('click', () => sent.push(editor.textContent ?? ''));
    };
    render();
    const g = guardOn(x.composer as ComposerSpec, () => detector);
    uninstall = g.uninstall;
    editor.querySelector('span[data-offset-key]')!.textContent = 'Mila gaat morgen naar school';
    ($('[data-testid="tweetButtonInline"] span') as HTMLElement).click();
    await settle();
    expect(sent).toEqual([]);
    expect(g.dialog()!.textContent).toContain('Uit je eigen profiel: Mila');
    render();
    g.button('Toch plaatsen').click();
    await settle();
    expect(sent).toEqual(['Mila gaat morgen naar school']);
  });

  it('keeps the focus inside the dialog with Tab', async () => {
    loadFixture('x-composer.html');
    const g = guardOn(x.composer as ComposerSpec, () => detector);
    uninstall = g.uninstall;
    $('[data-testid="tweetTextarea_0"] span[data-offset-key]').textContent = 'bel 0612345678';
    ($('[data-testid="tweetButtonInline"]') as HTMLElement).click();
    await settle();
    const buttons = [...g.dialog()!.querySelectorAll('button')];
    expect(g.shadow.root.activeElement).toBe(buttons[0]);
    buttons.at(-1)!.focus();
    g.dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(g.shadow.root.activeElement).toBe(buttons[0]);
  });
});
