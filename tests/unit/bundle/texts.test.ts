import { describe, expect, it } from 'vitest';
import { dsaNotice, reportingRoute } from '../../../utils/bundle/dsa-notice';
import { formatSums, parseSums } from '../../../utils/bundle/sha256sums';
import { isSafePath, itemDir, itemIdOf } from '../../../utils/bundle/paths';
import { statementOfFacts } from '../../../utils/bundle/texts';
import { dutchLocal, utcOffset, utcText } from '../../../utils/bundle/time';
import { toWinAnsi } from '../../../utils/bundle/winansi';
import { platforms } from '../../../utils/sites/types';
import type { Metadata } from '../../../utils/evidence/model';

const meta: Metadata = {
  id: '6f9619ff-8b86-4d01-b42d-00cf4fc964ff', url: 'https://x.com/dreiger/status/123', permalink: 'https://x.com/dreiger/status/123',
  platform: 'x', pageTitle: 'X', author: { name: 'Dreiger', handle: 'dreiger', profileUrl: 'https://x.com/dreiger', accountId: '42' },
  postId: '123', postedAt: { shown: '2 u', parsed: '2026-07-14T09:30:00.000Z' }, text: 'Ik weet waar je woont.',
  capturedAt: '2026-07-14T11:05:09.123Z', timeZone: 'Europe/Amsterdam', localTime: '14-7-2026 13:05:09', serverDate: null,
  viewport: { width: 1280, height: 900 }, devicePixelRatio: 1, userAgent: 'UA', browserVersion: '140', extensionVersion: '0.1.0',
  wholePage: false, files: {},
};

describe('times for the report', () => {
  it('gives Dutch local time with the right offset in winter and summer, and UTC with milliseconds', () => {
    expect(dutchLocal('2026-07-14T11:05:09.123Z')).toBe('14 juli 2026 om 13:05:09 (Nederlandse tijd, UTC+02:00)');
    expect(dutchLocal('2026-01-05T23:30:00.000Z')).toBe('6 januari 2026 om 00:30:00 (Nederlandse tijd, UTC+01:00)');
    expect(utcOffset('2026-03-29T00:59:59Z')).toBe('UTC+01:00');
    expect(utcOffset('2026-03-29T01:00:00Z')).toBe('UTC+02:00');
    expect(utcText('2026-07-14T11:05:09.123Z')).toBe('2026-07-14 11:05:09.123 UTC');
  });
});

describe('statement of facts', () => {
  it('reads as a draft for the aangifte: when, where, who, what, which offence', () => {
    expect(statementOfFacts(meta, 'bedreiging', 2)).toBe(
      'Op 14 juli 2026 om 13:05:09 uur (Nederlandse tijd) trof ik op X (voorheen Twitter), op de pagina https://x.com/dreiger/status/123, '
      + 'een bericht aan van Dreiger (@dreiger) (profiel: https://x.com/dreiger). Het bericht was geplaatst op 14 juli 2026 om 11:30:00 uur (Nederlandse tijd). '
      + 'Het bericht luidde: "Ik weet waar je woont." Ik heb het bericht op dat moment vastgelegd met een schermafbeelding en een archief van de pagina '
      + '(item 2 van deze bijlage). Ik beschouw dit bericht als bedreiging (art. 285 Sr).');
    const anonymous = statementOfFacts({ ...meta, author: { name: null, handle: null, profileUrl: null, accountId: null }, postedAt: { shown: null, parsed: null }, text: '' }, null, 1);
    expect(anonymous).toContain('een bericht aan van een onbekende gebruiker.');
    expect(anonymous).toContain('Het tijdstip van plaatsen was op de pagina niet zichtbaar.');
    expect(anonymous).not.toContain('Ik beschouw');
  });
});

describe('DSA art. 16 notice', () => {
  it('has the exact URL, the article, blanks for the notifier, the good-faith statement and the platform route', () => {
    const text = dsaNotice({ metadata: meta, offence: 'doxing' });
    expect(text).toContain('   https://x.com/dreiger/status/123\n');
    expect(text).toContain('art. 285d Sr van het Wetboek van Strafrecht');
    expect(text).toContain('Naam: [IN TE VULLEN]');
    expect(text).toContain('E-mailadres: [IN TE VULLEN]');
    expect(text).toContain('Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.');
    expect(text).toContain(`Route bij het platform: ${reportingRoute.x}`);
    expect(dsaNotice({ metadata: meta, offence: null })).toContain('artikel: [IN TE VULLEN]');
    for (const p of platforms) expect(reportingRoute[p].length).toBeGreaterThan(20);
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
