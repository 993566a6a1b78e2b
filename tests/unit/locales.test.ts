import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: object }>;

describe('UI strings', () => {
  it('Dutch and English have the same keys and placeholders', () => {
    const nl = load('nl');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) expect(Object.keys(en[key]!.placeholders ?? {}), key).toEqual(Object.keys(nl[key]!.placeholders ?? {}));
  });
  it('no message is empty', () => {
    for (const lang of ['nl', 'en']) for (const [k, v] of Object.entries(load(lang))) expect(v.message.trim(), `${lang}.${k}`).not.toBe('');
  });
});
