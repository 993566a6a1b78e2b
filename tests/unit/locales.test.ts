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

  it('every $ is a substitution ($1–$9), a declared placeholder or an escaped $$', () => {
    for (const lang of ['nl', 'en']) {
      for (const [k, v] of Object.entries(load(lang))) {
        const names = Object.keys(v.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const m of v.message.matchAll(/\$(?:\$|[1-9]|([A-Za-z][A-Za-z0-9_]*)\$|)/g)) {
          expect(m[0] === '$' ? `${lang}.${k}: lone $` : 'ok').toBe('ok');
          if (m[1]) expect(names, `${lang}.${k}`).toContain(m[1].toLowerCase());
        }
      }
    }
  });
});
