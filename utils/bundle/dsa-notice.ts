import type { Metadata, Offence } from '../evidence/model';
import { offenceArticle } from '../evidence/model';
import type { Platform } from '../sites/types';
import { authorText, offenceName, platformName } from './texts';
import { utcText } from './time';

/** The platform's own route for a notice of illegal content (DSA art. 16), as the officer finds it. */
export const reportingRoute: Record<Platform, string> = {
  x: 'X: het formulier voor het melden van illegale inhoud in het Helpcentrum van X (EU Digital Services Act), of "..." bij de post > "Post melden".',
  facebook: 'Facebook (Meta): het formulier "Illegale inhoud melden" (Digital Services Act) in het Helpcentrum, of "..." bij het bericht > "Melden".',
  instagram: 'Instagram (Meta): het formulier voor het melden van illegale inhoud (Digital Services Act) in het Helpcentrum, of "..." bij het bericht > "Melden".',
  linkedin: 'LinkedIn: "..." bij het bericht > "Melden", of het formulier voor illegale inhoud (Digital Services Act) in de LinkedIn Help.',
  reddit: 'Reddit: "Report" bij het bericht, of het Reddit-formulier voor het melden van illegale inhoud onder de Digital Services Act.',
  tiktok: 'TikTok: "Delen" > "Rapporteren" bij de video, met de keuze voor illegale inhoud, of het DSA-meldformulier van TikTok.',
  youtube: 'YouTube (Google): "..." > "Melden" bij de video of reactie, of de Google-pagina voor juridische verwijderingsverzoeken (support.google.com/legal).',
  bluesky: 'Bluesky: "..." bij het bericht > "Bericht rapporteren", met de keuze voor illegale inhoud.',
  mastodon: 'Mastodon: "..." bij het bericht > "Rapporteren" aan de moderatoren; de beheerder van de server (zie de pagina "Over" van de server) is de aanbieder.',
  generic: 'De website: het meldpunt of contactpunt van de aanbieder (DSA art. 11 en 12), meestal te vinden onder "Contact", "Melden" of in de voorwaarden.',
};

export interface DsaNoticeInput {
  metadata: Metadata;
  offence: Offence | null;
}

const FILL = '[IN TE VULLEN]';

/**
 * A notice of illegal content under the EU Digital Services Act, art. 16(2): the exact
 * location, why the content is illegal, the notifier's name and e-mail (left to fill in)
 * and the good-faith statement. Never contains the officer's own details.
 */
export function dsaNotice({ metadata: m, offence }: DsaNoticeInput): string {
  const article = offence ? offenceArticle[offence] : '';
  const why = offence && offence !== 'anders'
    ? `Deze inhoud is naar Nederlands recht strafbaar als ${offenceName[offence]}, ${article} van het Wetboek van Strafrecht.`
    : `Deze inhoud is naar Nederlands recht strafbaar (Wetboek van Strafrecht, artikel: ${FILL}).`;
  return [
    'MELDING VAN ILLEGALE INHOUD — artikel 16 Digital Services Act (Verordening (EU) 2022/2065)',
    '',
    `Route bij het platform: ${reportingRoute[m.platform]}`,
    '',
    '1. Exacte elektronische locatie (URL) van de inhoud:',
    `   ${m.permalink ?? m.url}`,
    ...(m.permalink && m.permalink !== m.url ? [`   (aangetroffen op de pagina ${m.url})`] : []),
    ...(m.postId ? [`   Bericht-id bij ${platformName[m.platform]}: ${m.postId}`] : []),
    `   Geplaatst door: ${authorText(m.author)}${m.author.profileUrl ? ` — ${m.author.profileUrl}` : ''}`,
    '',
    '2. Waarom deze inhoud illegaal is:',
    `   ${why}`,
    `   Het bericht luidt: "${m.text.trim() || '(alleen beeld)'}"`,
    `   De inhoud is vastgelegd op ${utcText(m.capturedAt)}.`,
    '',
    '3. Melder:',
    `   Naam: ${FILL}`,
    `   E-mailadres: ${FILL}`,
    '',
    '4. Verklaring:',
    '   Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',
    '',
    'I hereby state in good faith that the information and allegations contained in this notice are accurate and complete.',
    `Location: ${m.permalink ?? m.url} — Reason: ${offence && article ? `criminal offence under Dutch law (${article}, Dutch Criminal Code)` : 'criminal offence under Dutch law'}.`,
    '',
  ].join('\n');
}
