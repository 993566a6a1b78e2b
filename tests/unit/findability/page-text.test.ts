// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageText, rangesFor } from '../../../utils/findability/page-text';

function page(html: string) {
  document.body.innerHTML = html;
  return collectPageText(document.body);
}

describe('page text for the exposure scan', () => {
  it('keeps blocks apart, skips scripts and styles, and reads image alt text', () => {
    const p = page('<h1>Lotte</h1><div>Fenna<span> en </span>Joep</div><script>var x = "Geheim";</script><style>p{}</style><img alt="Bram bij de auto">');
    expect(p.text).toBe('Lotte\nFenna en Joep\nBram bij de auto\n');
    expect(p.truncated).toBe(false);
  });

  it('maps a finding back onto the page, also across element boundaries', () => {
    const p = page('<p>Wij wonen aan de <b>Oefen</b>laan 7 in Verzinveen</p>');
    const start = p.text.indexOf('Oefenlaan 7');
    const ranges = rangesFor(document, p, start, start + 'Oefenlaan 7'.length);
    expect(ranges.map((r) => r.toString())).toEqual(['Oefen', 'laan 7']);
    const town = p.text.indexOf('Verzinveen');
    expect(rangesFor(document, p, town, town + 10).map((r) => r.toString())).toEqual(['Verzinveen']);
  });

  it('marks the image itself for a finding in its alt text', () => {
    const p = page('<p>Foto:</p><img alt="GZ-901-D">');
    const start = p.text.indexOf('GZ-901-D');
    const [range] = rangesFor(document, p, start, start + 8);
    expect((range!.startContainer.childNodes[range!.startOffset] as Element).tagName).toBe('IMG');
  });

  it('stops at the limit and says the page was cut short', () => {
    const p = collectPageText((page('<p>abcdefghij</p><p>klmnop</p>'), document.body), 12);
    expect(p.text.length).toBeLessThanOrEqual(12);
    expect(p.text.startsWith('abcdefghij')).toBe(true);
    expect(p.truncated).toBe(true);
  });
});
