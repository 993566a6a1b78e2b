// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorIn, editorsForControl, editorsIn, isSendControl } from '../../../utils/guard/composer';
import { composerSpecFor } from '../../../utils/guard/hosts';
import { isSendKey } from '../../../utils/guard/keys';
import { generic } from '../../../utils/sites/generic';
import { adapters } from '../../../utils/sites/index';
import type { ComposerSpec } from '../../../utils/sites/types';
import { $, loadFixture } from './fixture-dom';

/** Per platform: each send control in the replica and the editor it must send; editors where Enter sends. */
const cases: Record<string, { editors: number; pairs: [string, string][]; enterSends: string[]; enterNewLine: string[] }> = {
  x: { editors: 1, pairs: [['[data-testid="tweetButtonInline"]', '[data-testid="tweetTextarea_0"]']], enterSends: [], enterNewLine: ['[data-testid="tweetTextarea_0"]'] },
  facebook: {
    editors: 2,
    pairs: [['[aria-label="Plaatsen"]', '[aria-label^="Wat wil je delen"]'], ['[aria-label="Reactie plaatsen"]', '[aria-label^="Schrijf een reactie"]']],
    enterSends: ['[aria-label^="Schrijf een reactie"]'], enterNewLine: ['[aria-label^="Wat wil je delen"]'],
  },
  instagram: { editors: 1, pairs: [['form [role="button"].xjqpnuy', 'form textarea']], enterSends: ['form textarea'], enterNewLine: [] },
  linkedin: {
    editors: 3,
    pairs: [['.share-actions__primary-action', '.share-box .ql-editor'], ['.comments-comment-box__submit-button--cr', '.comments-comment-box__form .ql-editor'], ['.msg-form__send-button', '.msg-form__contenteditable']],
    enterSends: ['.msg-form__contenteditable'], enterNewLine: ['.share-box .ql-editor'],
  },
  reddit: {
    editors: 2,
    pairs: [['button[slot="submit-button"]', '[data-lexical-editor]'], ['.usertext button.save', 'textarea[name="text"]']],
    enterSends: [], enterNewLine: ['[data-lexical-editor]'],
  },
  tiktok: { editors: 1, pairs: [['[data-e2e="comment-post"]', '.public-DraftEditor-content']], enterSends: ['.public-DraftEditor-content'], enterNewLine: [] },
  youtube: {
    editors: 2,
    pairs: [['#submit-button button', '#contenteditable-root'], ['#send-button button', 'div#input']],
    enterSends: ['div#input'], enterNewLine: ['#contenteditable-root'],
  },
  bluesky: { editors: 1, pairs: [['[data-testid="composerPublishBtn"]', '.ProseMirror']], enterSends: [], enterNewLine: ['.ProseMirror'] },
  mastodon: { editors: 1, pairs: [['.compose-form button[type="submit"]', '.compose-form textarea']], enterSends: [], enterNewLine: ['.compose-form textarea'] },
  telegram: {
    editors: 1,
    pairs: [['.chat-input button.btn-send', '.chat-input .input-message-input:not(.input-field-input-fake)']],
    enterSends: ['.chat-input .input-message-input:not(.input-field-input-fake)'], enterNewLine: [],
  },
  generic: { editors: 2, pairs: [['#reply button', '#message'], ['#chat-send', '.chat [contenteditable]']], enterSends: [], enterNewLine: ['#message'] },
};

const enter = (mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) =>
  ({ key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...mods });

const all = [...adapters, generic];

describe.each(all.map((a) => [a.platform, a] as const))('site adapter %s against its replica', (platform, adapter) => {
  const spec = adapter.composer as ComposerSpec;
  const c = cases[platform]!;

  it('names an existing fixture in its source', () => {
    const source = readFileSync(`utils/sites/${platform}.ts`, 'utf8');
    const named = source.match(/tests\/fixtures\/sites\/([\w-]+-composer\.html)/)?.[1];
    expect(named).toBe(`${platform}-composer.html`);
    expect(existsSync(`tests/fixtures/sites/${named}`)).toBe(true);
  });

  it('finds every composer and sends each control with its own editor', () => {
    loadFixture(`${platform}-composer.html`);
    expect(editorsIn(document.body, spec)).toHaveLength(c.editors);
    for (const [control, editor] of c.pairs) {
      expect(isSendControl($(control), spec)).toBe(true);
      expect(editorsForControl($(control), spec)).toEqual([$(editor)]);
    }
  });

  it('knows where Enter sends and where it makes a new line', () => {
    loadFixture(`${platform}-composer.html`);
    for (const sel of c.enterSends) expect(isSendKey(enter(), $(sel), spec)).toBe(true);
    for (const sel of c.enterNewLine) expect(isSendKey(enter(), $(sel), spec)).toBe(false);
    for (const sel of [...c.enterSends, ...c.enterNewLine]) {
      expect(isSendKey(enter({ isComposing: true }), $(sel), spec)).toBe(false);
      expect(isSendKey(enter({ shiftKey: true }), $(sel), spec)).toBe(false);
    }
  });

  it('does not take other buttons for send controls', () => {
    loadFixture(`${platform}-composer.html`);
    const sends = new Set(c.pairs.map(([control]) => $(control)));
    const others = [...document.querySelectorAll('button, [role="button"]')].filter((b) => !sends.has(b));
    for (const b of others) expect(isSendControl(b, spec), b.outerHTML.slice(0, 80)).toBe(false);
  });

  it('finds the editor an event came from, also from a node inside it', () => {
    loadFixture(`${platform}-composer.html`);
    const editor = $(c.pairs[0]![1]);
    const inner = editor.querySelector('span, p, div') ?? editor;
    const path = [];
    for (let el: Element | null = inner; el; el = el.parentElement) path.push(el);
    expect(editorIn(path, spec)).toBe(editor);
    expect(composerSpecFor(platform)).toBe(spec);
  });
});

describe('Telegram Web A composer (tests/fixtures/sites/telegram-a-group.html)', () => {
  const spec = adapters.find((a) => a.platform === 'telegram')!.composer!;

  it('finds #editable-message-text, sends it with the main button and on Enter, and takes no other button', () => {
    loadFixture('telegram-a-group.html');
    expect(editorsIn(document.body, spec)).toEqual([$('#editable-message-text')]);
    expect(isSendControl($('.Composer .main-button'), spec)).toBe(true);
    expect(editorsForControl($('.Composer .main-button'), spec)).toEqual([$('#editable-message-text')]);
    expect(isSendKey(enter(), $('#editable-message-text'), spec)).toBe(true);
    expect(isSendKey(enter({ shiftKey: true }), $('#editable-message-text'), spec)).toBe(false);
    for (const b of document.querySelectorAll('button:not(.main-button)')) expect(isSendControl(b, spec)).toBe(false);
  });

  it('does not take WebK\'s hidden measuring copy of the input for a composer', () => {
    loadFixture('telegram-composer.html');
    expect(editorsIn(document.body, spec)).toEqual([$('.input-message-input:not(.input-field-input-fake)')]);
  });
});
