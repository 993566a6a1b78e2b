import { describe, expect, it } from 'vitest';
import { NOTICE_ADVICE, dsaNotice, dsaNoticeFile, reportingRoute } from '../../../utils/bundle/dsa-notice';
import { GTPA_REQUEST, complaintNeed, complaintSection, offenceElements, offenceText } from '../../../utils/bundle/law';
import { statementOfFacts } from '../../../utils/bundle/texts';
import { type Metadata, offenceArticle, offences } from '../../../utils/evidence/model';
import { platforms } from '../../../utils/sites/types';

const meta: Metadata = {
  id: '6f9619ff-8b86-4d01-b42d-00cf4fc964ff', url: 'https://x.com/dreiger/status/123', permalink: 'https://x.com/dreiger/status/123',
  platform: 'x', pageTitle: 'X', author: { name: 'Dreiger', handle: 'dreiger', profileUrl: 'https://x.com/dreiger', accountId: '42' },
  postId: '123', postedAt: { shown: '2 u', parsed: '2026-07-14T09:30:00.000Z' }, text: 'Ik weet waar je woont.',
  capturedAt: '2026-07-14T11:05:09.123Z', timeZone: 'Europe/Amsterdam', localTime: '14-7-2026 13:05:09', serverDate: null,
  viewport: { width: 1280, height: 900 }, devicePixelRatio: 1, userAgent: 'UA', browserVersion: '140', extensionVersion: '0.1.0',
  wholePage: false, files: {},
};
const statement = { offence: 'bedreiging' as const, workRelation: 'Ik hield de schrijver vorige week aan', learnedHow: 'een collega stuurde mij een link', impact: 'Ik ben bang en heb camera\'s laten plaatsen' };

describe('offences, as the Wetboek van Strafrecht has them', () => {
  it('cites the right article for every offence', () => {
    expect(offenceArticle).toEqual({
      bedreiging: 'art. 285 Sr', belediging: 'art. 266 jo. 267 Sr', smaad: 'art. 261 Sr', laster: 'art. 262 Sr', doxing: 'art. 285d Sr',
      opruiing: 'art. 131 Sr', belaging: 'art. 285b Sr', dwang: 'art. 284 Sr', identiteitsfraude: 'art. 231b Sr', anders: '',
    });
    for (const o of offences.filter((x) => x !== 'anders')) {
      for (const n of offenceArticle[o].match(/\d+[a-z]?/g)!) expect(offenceElements[o]).toMatch(new RegExp(`art\\. ${n}( lid \\d)? Sr`));
    }
  });

  it('states belediging with art. 267 (during or because of the lawful exercise of the office) and doxing with all its elements', () => {
    expect(offenceText('belediging')).toBe('belediging van een ambtenaar (art. 266 jo. 267 Sr)');
    expect(offenceElements.belediging).toContain('gedurende of ter zake van de rechtmatige uitoefening van zijn bediening (art. 267 Sr)');
    for (const part of ['verschaffen', 'verspreiden of anderszins ter beschikking stellen', 'vrees aan te jagen', 'ernstige overlast', 'ernstig te hinderen in de uitoefening van zijn ambt of beroep',
      'ambtenaar van politie wordt het strafmaximum met een derde verhoogd (art. 285d lid 2 Sr)']) expect(offenceElements.doxing).toContain(part);
    expect(offenceText('anders')).toBe('een ander strafbaar feit');
    expect(offenceText(null)).toBeNull();
  });

  it('asks for a klacht for belaging always and for belediging, smaad and laster unless art. 267 applies, with the three-month term', () => {
    expect(offences.filter((o) => complaintNeed(o) === 'always')).toEqual(['belaging']);
    expect(offences.filter((o) => complaintNeed(o) === 'unlessOfficial')).toEqual(['belediging', 'smaad', 'laster']);
    const belaging = complaintSection('belaging')!;
    expect(belaging).toMatch(/^Verzoek tot vervolging \(klacht\)\n/);
    expect(belaging).toContain('wordt alleen vervolgd op klacht van degene tegen wie het is gepleegd');
    expect(belaging).toContain('Ik verzoek uitdrukkelijk om vervolging van de dader(s)');
    expect(belaging).toContain('binnen drie maanden nadat u van het feit kennis kreeg (art. 66 Sr)');
    expect(complaintSection('belediging')).toContain('Zonder art. 267 Sr is belediging een klachtdelict (art. 269 Sr)');
    for (const o of ['bedreiging', 'doxing', 'opruiing', 'dwang', 'identiteitsfraude', 'anders', null] as const) expect(complaintSection(o)).toBeNull();
  });
});

describe('the draft statement (geweld tegen politieambtenaren)', () => {
  it('reads as a draft for the aangifte: facts, targeted as a police officer, how learned, what it did, the offence, VPT and ELA', () => {
    const text = statementOfFacts(meta, statement, 2);
    expect(text.split('\n\n')).toEqual([
      'Op 14 juli 2026 om 13:05:09 uur (Nederlandse tijd) trof ik op X (voorheen Twitter), op de pagina https://x.com/dreiger/status/123, '
      + 'een bericht aan van Dreiger (@dreiger) (profiel: https://x.com/dreiger). Het bericht was geplaatst op 14 juli 2026 om 11:30:00 uur (Nederlandse tijd). '
      + 'Het bericht luidde: "Ik weet waar je woont." Ik heb het bericht op dat moment vastgelegd met een schermafbeelding en een archief van de pagina '
      + '(item 2 van deze bijlage).',
      'Ik ben politieambtenaar. Het bericht richt zich tot mij als politieambtenaar. Verband met mijn werk: Ik hield de schrijver vorige week aan. '
      + 'Ik kreeg het bericht onder ogen doordat een collega stuurde mij een link. Wat dit met mij deed: Ik ben bang en heb camera\'s laten plaatsen.',
      `Ik beschouw dit bericht als bedreiging (art. 285 Sr): ${offenceElements.bedreiging}.`,
      GTPA_REQUEST,
    ]);
    expect(GTPA_REQUEST).toContain('VPT-code (Veilige Publieke Taak)');
    expect(GTPA_REQUEST).toContain('Eenduidige Landelijke Afspraken (ELA) van politie en Openbaar Ministerie');
  });

  it('leaves visible blanks for what the officer did not fill in, and adds the klacht where the offence needs one', () => {
    const blank = statementOfFacts({ ...meta, author: { name: null, handle: null, profileUrl: null, accountId: null }, postedAt: { shown: null, parsed: null }, text: '' }, null, 1);
    expect(blank).toContain('een bericht aan van een onbekende gebruiker.');
    expect(blank).toContain('Het tijdstip van plaatsen was op de pagina niet zichtbaar.');
    expect(blank).toContain('Verband met mijn werk: [IN TE VULLEN: hoe het bericht samenhangt met uw werk');
    expect(blank).toContain('Wat dit met mij deed: [IN TE VULLEN: gevoelens van angst of onveiligheid en maatregelen die u nam].');
    expect(blank).not.toContain('Ik beschouw');
    expect(blank).toContain(GTPA_REQUEST);
    expect(statementOfFacts(meta, { ...statement, offence: 'belaging' }, 1)).toContain(`\n\n${complaintSection('belaging')}`);
  });
});

describe('DSA art. 16 notice', () => {
  it('(a) names the legal elements and that the target is a police officer; (b) the exact URL; (c) blanks for the notifier; (d) good faith', () => {
    const text = dsaNotice({ metadata: meta, offence: 'doxing' });
    expect(text).toContain(`strafbaar naar Nederlands recht als doxing (het verspreiden van persoonsgegevens om vrees aan te jagen) (art. 285d Sr van het Wetboek van Strafrecht): ${offenceElements.doxing}.`);
    expect(text).toContain('De inhoud richt zich tegen een politieambtenaar, in verband met de uitoefening van diens werk.');
    expect(text).toContain('art. 18 DSA');
    expect(text).toContain('2. Exacte elektronische locatie (URL) van de inhoud (art. 16 lid 2 sub b):\n   https://x.com/dreiger/status/123\n');
    expect(text).toContain('Naam: [IN TE VULLEN]');
    expect(text).toContain('E-mailadres: [IN TE VULLEN]');
    expect(text).toContain('Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.');
    expect(text).not.toContain('Route bij het platform');
    expect(dsaNotice({ metadata: meta, offence: 'belediging' })).not.toContain('art. 18 DSA');
    expect(dsaNotice({ metadata: meta, offence: null })).toContain('artikel [IN TE VULLEN]');
  });

  it('fills in the organisation\'s e-mail as the notifier\'s (set by policy or the officer), never a name', () => {
    const text = dsaNotice({ metadata: meta, offence: 'doxing', notifierEmail: 'meldingen@politie.example' });
    expect(text).toContain('E-mailadres: meldingen@politie.example');
    expect(text).toContain('Naam: [IN TE VULLEN]');
    expect(dsaNoticeFile({ metadata: meta, offence: 'doxing', notifierEmail: null })).toContain('E-mailadres: [IN TE VULLEN]');
  });

  it('warns that a whole-page capture needs the item\'s own URL', () => {
    const page = dsaNotice({ metadata: { ...meta, permalink: null, wholePage: true }, offence: 'bedreiging' });
    expect(page).toContain('LET OP: dit is een vastlegging van de hele pagina. Het platform heeft de exacte URL van het bericht zelf nodig: [IN TE VULLEN]');
    expect(dsaNotice({ metadata: meta, offence: 'bedreiging' })).not.toContain('hele pagina');
  });

  it('puts the route and the advice beside the notice: team address (art. 17(3)(b)), art. 18; official pages where they exist', () => {
    const file = dsaNoticeFile({ metadata: { ...meta, platform: 'tiktok' }, offence: 'bedreiging' });
    const [advice, notice] = file.split('----- TEKST VOOR DE MELDING (kopieer vanaf hier) -----');
    expect(advice).toContain(`Route bij het platform: ${reportingRoute.tiktok}`);
    for (const a of NOTICE_ADVICE) expect(advice).toContain(a);
    expect(NOTICE_ADVICE[0]).toContain('art. 17 lid 3 sub b DSA');
    expect(notice!.trim()).toBe(dsaNotice({ metadata: { ...meta, platform: 'tiktok' }, offence: 'bedreiging' }).trim());
    expect(reportingRoute.tiktok).toContain('https://www.tiktok.com/legal/page/global/reporting-illegal-content/en');
    expect(reportingRoute.bluesky).toContain('https://bsky.social/about/support/regulatory-compliance-report');
    expect(reportingRoute.youtube).toContain('https://support.google.com/legal/answer/3110420');
    expect(reportingRoute.youtube).toContain('Lumen');
    for (const p of platforms) expect(reportingRoute[p].length).toBeGreaterThan(20);
  });
});
