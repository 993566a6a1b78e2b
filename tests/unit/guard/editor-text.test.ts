// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditor } from '../../../utils/guard/editor-text';
import { applyEdits, maskEdits, MASK } from '../../../utils/guard/mask';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('composer text and offsets back into the DOM', () => {
  it('reads Draft.js blocks as lines and maps a span across text nodes to a range', () => {
    const el = editor(
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Bel </span></span>' +
      '<span><span data-text="true">06-1234</span></span><span><span data-text="true">5678</span></span></div></div>' +
      '<div data-block="true"><div><span><span data-text="true">Lindelaan 14</span></span></div></div></div>',
    );
    const t = readEditor(el);
    expect(t.text).toBe('Bel 06-12345678\nLindelaan 14');
    expect(t.range(4, 15)?.toString()).toBe('06-12345678');
    expect(t.range(16, 28)?.toString()).toBe('Lindelaan 14');
  });

  it('counts <br> as a new line and maps offsets after it', () => {
    const el = editor('<p>Hallo<br>wereld</p><p><br></p>');
    const t = readEditor(el);
    expect(t.text.startsWith('Hallo\nwereld\n')).toBe(true);
    expect(t.range(6, 12)?.toString()).toBe('wereld');
  });

  it('reads a textarea by its value (no DOM range)', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const ta = document.querySelector('textarea')!;
    ta.value = 'Mila is jarig';
    expect(readEditor(ta)).toMatchObject({ text: 'Mila is jarig' });
    expect(readEditor(ta).range(0, 4)).toBeNull();
  });
});

describe('masking findings', () => {
  it('merges overlapping findings into one edit and applies edits last first', () => {
    const text = 'mail j.devries@politie.nl of bel 0612345678';
    const edits = maskEdits([
      { start: 5, end: 25 }, { start: 15, end: 25 }, { start: 33, end: 43 },
    ]);
    expect(edits).toEqual([{ start: 33, end: 43, replacement: MASK }, { start: 5, end: 25, replacement: MASK }]);
    expect(applyEdits(text, edits)).toBe(`mail ${MASK} of bel ${MASK}`);
  });

  it('leaves text without findings as it is', () => {
    expect(applyEdits('niets', maskEdits([]))).toBe('niets');
  });
});
