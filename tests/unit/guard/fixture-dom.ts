import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Loads a composer replica into the current (happy-dom) document, without its page script. */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve('tests/fixtures/sites', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/<!doctype html>/i, '').replace(/<script>[\s\S]*?<\/script>/g, '');
  return document;
}

export const $ = (sel: string) => {
  const el = document.querySelector(sel);
  if (!el) throw new Error(`not in fixture: ${sel}`);
  return el;
};
