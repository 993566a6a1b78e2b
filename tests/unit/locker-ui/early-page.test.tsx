// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionDb } from '../../../utils/db';
import { emptyFilter } from '../../../utils/evidence/locker';
import { storeCapture } from '../../../utils/evidence/store';
import { readFirstPage } from '../../../entrypoints/evidence/first-page';
import messages from '../../../public/_locales/nl/messages.json';
import { ItemList } from '../../../entrypoints/evidence/ItemList';
import { item } from '../evidence/make-item';

afterEach(async () => {
  render(null, document.body);
  await extensionDb().items.clear();
  fakeBrowser.reset();
});

// The Dutch texts, placeholders and $1 filled in as the browser does.
type Message = { message: string; placeholders?: Record<string, { content: string }> };
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
  const m = (messages as Record<string, Message>)[key];
  const named = (m?.message ?? '').replace(/\$(\w+)\$/g, (_, name: string) => m?.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => [subs].flat()[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;

describe('the locker\'s first page, read before the list renders', () => {
  it('is the list\'s state from the first paint: its count, "select page" and "Meer laden", not only its rows', async () => {
    for (let i = 0; i < 60; i++) {
      const made = item(new Date(Date.UTC(2026, 0, 1, 0, i)));
      await storeCapture(extensionDb(), made.item, made.files, 'vastgelegd', new Date());
    }
    await readFirstPage();
    // The first paint and its effects, before any live query can have answered.
    act(() => render(<ItemList filter={emptyFilter} selected={new Set()} onSelect={() => undefined} onOpen={() => undefined} />, document.body));
    expect(document.querySelectorAll('li.item')).toHaveLength(50);
    expect(document.querySelector('section.list')?.getAttribute('aria-busy')).toBe('false');
    expect(document.querySelector('p.count')?.textContent).toMatch(/50/);
    expect([...document.querySelectorAll('button')].map((b) => b.className)).toContain('secondary more');
  });
});
