import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories } from '../../../utils/detect/index';
import { demoPages } from '../../../utils/findability/demo';
import { weights } from '../../../utils/findability/score';
import { sourceKinds } from '../../../utils/findability/sources';
import { adviceFor } from '../../../utils/findability/advice';
import { record } from './helpers';

const upper = (s: string) => s.replace(/(^|_)([a-z])/g, (_, _s: string, c: string) => c.toUpperCase());
const locale = (lang: string) => JSON.parse(readFileSync(resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));

/** The report builds some keys from data (kinds, categories, advice codes); each must exist in both languages. */
describe('findability UI strings built from data', () => {
  const keys = [
    ...categories.map((c) => `fxCat${upper(c)}`),
    ...Object.keys(weights).map((k) => `fxKind${upper(k)}`),
    ...sourceKinds.map((k) => `fxSource${upper(k)}`),
    ...['None', 'Low', 'Medium', 'High'].map((l) => `fxLevel${l}`),
    ...demoPages.map((p) => `fxDemoPage${upper(p.path.replace(/^demo\/|\.html$/g, ''))}`),
    ...sourceKinds.flatMap((source) => adviceFor(record('x', [['ownNames', 'L'], ...Object.keys(weights).map((k) => [k, 'v'] as [string, string])], { source })))
      .map((code) => `fxAdvice${code}`),
  ];
  for (const lang of ['nl', 'en']) {
    it(`all exist in ${lang}`, () => {
      const messages = locale(lang);
      expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
    });
  }
});
