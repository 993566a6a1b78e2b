// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { filesReader } from '../../../utils/bundle/reader';
import { verifyBundle } from '../../../utils/bundle/verify';
import { renderReport } from '../../../utils/bundle/verify-page/render';
import { verifyTextsEn, verifyTextsNl } from '../../../utils/bundle/verify-page/texts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('verifier report rendering', () => {
  it('shows a hostile file name as text, problems first, in Dutch', async () => {
    const evil = '<img src=x onerror=alert(1)>.txt';
    const r = await verifyBundle(filesReader([
      { path: 'SHA256SUMS', read: async () => enc(`${'0'.repeat(64)}  gone.png\n`) },
      { path: evil, read: async () => enc('x') },
    ]));
    const target = document.createElement('div');
    renderReport(document, target, r, verifyTextsNl);
    expect(target.querySelector('img')).toBeNull();
    expect(target.querySelector('[data-verdict]')?.textContent).toMatch(/^Deze bundel is NIET in orde/);
    const rows = [...target.querySelectorAll('tr[data-path]')].map((tr) => [tr.getAttribute('data-path'), tr.getAttribute('data-status'), tr.children[1]?.textContent]);
    expect(rows).toEqual([['gone.png', 'missing', 'ONTBREEKT'], [evil, 'extra', 'EXTRA — staat niet in SHA256SUMS']]);
    expect(target.querySelector('[data-problem="unsafePath"]')?.textContent).toBe(`Ongeldige bestandsnaam in de bundel: ${evil}`);
    expect(target.querySelector('[data-problem="manifestMissing"]')).not.toBeNull();
  });

  it('names each item whose picture html2canvas reconstructed, keeping the verdict', async () => {
    const r = await verifyBundle(filesReader([]));
    const target = document.createElement('div');
    renderReport(document, target, { ...r, ok: true, reconstructed: [2] }, verifyTextsNl);
    expect(target.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('ok');
    expect([...target.querySelectorAll('[data-pixels-from="html2canvas"]')].map((li) => li.textContent))
      .toEqual([expect.stringMatching(/^Item 2: het beeld \(screenshot.png, post.png\) is nagebouwd met html2canvas uit de pagina: een reconstructie, geen schermpixels/)]);
    renderReport(document, target, r, verifyTextsNl);
    expect(target.querySelector('[data-pixels-from]')).toBeNull();
  });

  it('has every text in Dutch and English with the same placeholders', () => {
    for (const [k, nl] of Object.entries(verifyTextsNl)) {
      const en = verifyTextsEn[k as keyof typeof verifyTextsNl];
      expect(en, k).toBeTruthy();
      expect(en.match(/\$\d/g) ?? [], k).toEqual(nl.match(/\$\d/g) ?? []);
    }
  });
});
