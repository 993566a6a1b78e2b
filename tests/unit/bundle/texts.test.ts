import { describe, expect, it } from 'vitest';
import { formatSums, parseSums } from '../../../utils/bundle/sha256sums';
import { isSafePath, itemDir, itemIdOf } from '../../../utils/bundle/paths';
import { dutchLocal, utcOffset, utcText } from '../../../utils/bundle/time';
import { toWinAnsi } from '../../../utils/bundle/winansi';

describe('times for the report', () => {
  it('gives Dutch local time with the right offset in winter and summer, and UTC with milliseconds', () => {
    expect(dutchLocal('2026-07-14T11:05:09.123Z')).toBe('14 juli 2026 om 13:05:09 (Nederlandse tijd, UTC+02:00)');
    expect(dutchLocal('2026-01-05T23:30:00.000Z')).toBe('6 januari 2026 om 00:30:00 (Nederlandse tijd, UTC+01:00)');
    expect(utcOffset('2026-03-29T00:59:59Z')).toBe('UTC+01:00');
    expect(utcOffset('2026-03-29T01:00:00Z')).toBe('UTC+02:00');
    expect(utcText('2026-07-14T11:05:09.123Z')).toBe('2026-07-14 11:05:09.123 UTC');
  });
});

describe('WinAnsi text for the PDF', () => {
  it('keeps Dutch accents and curly quotes, replaces emoji and CJK visibly, never throws', () => {
    expect(toWinAnsi('café “één” – €5')).toEqual({ text: 'café “één” – €5', replaced: 0 });
    expect(toWinAnsi('dood 😡🔪 漢')).toEqual({ text: 'dood [U+1F621][U+1F52A] [U+6F22]', replaced: 3 });
    expect(toWinAnsi('Łódź ǆ')).toEqual({ text: 'Lódz dž', replaced: 3 });
    expect(toWinAnsi('a\u200db\ufe0f\nc').text).toBe('ab c');
  });
});

describe('SHA256SUMS and paths', () => {
  it('writes and reads GNU sha256sum lines, refusing odd ones', () => {
    const h = 'a'.repeat(64);
    expect(formatSums([{ path: 'items/01-x/post.png', sha256: h }])).toBe(`${h}  items/01-x/post.png\n`);
    expect(parseSums(`${h}  a\n${h} *b\n`)).toEqual({ ok: true, entries: [{ sha256: h, path: 'a' }, { sha256: h, path: 'b' }] });
    expect(parseSums(`${h}  a\n${h}  a\n`)).toMatchObject({ ok: false, line: 2 });
    expect(parseSums('xyz  a\n')).toMatchObject({ ok: false, line: 1 });
    expect(() => formatSums([{ path: 'a\nb', sha256: h }])).toThrow();
  });

  it('numbers item folders and rejects unsafe paths', () => {
    const id = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff';
    expect(itemDir(0, 2, id)).toBe(`items/01-${id}/`);
    expect(itemDir(99, 100, id)).toBe(`items/100-${id}/`);
    expect(itemDir(4, 100, id)).toBe(`items/005-${id}/`);
    expect(itemIdOf(`items/005-${id}/post.png`)).toBe(id);
    for (const bad of ['../x', '/etc/passwd', 'a/../b', 'a\\b', '.hidden']) expect(isSafePath(bad)).toBe(false);
    expect(isSafePath(`items/01-${id}/page.mhtml`)).toBe(true);
  });
});
