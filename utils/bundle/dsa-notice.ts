import type { Metadata, Offence } from '../evidence/model';
import { offenceArticle } from '../evidence/model';
import type { Platform } from '../sites/types';
import { offenceElements, offenceName } from './law';
import { authorText, platformName } from './texts';
import { utcText } from './time';

/** The platform's own route for a notice of illegal content (DSA art. 16), with its official page where there is one. */
export const reportingRoute: Record<Platform, string> = {
  x: 'X: het formulier voor het melden van illegale inhoud in het Helpcentrum van X (EU Digital Services Act), of "..." bij de post > "Post melden".',
  facebook: 'Facebook (Meta): het formulier "Illegale inhoud melden" (Digital Services Act) in het Helpcentrum, of "..." bij het bericht > "Melden".',
  instagram: 'Instagram (Meta): het formulier voor het melden van illegale inhoud (Digital Services Act) in het Helpcentrum, of "..." bij het bericht > "Melden".',
  linkedin: 'LinkedIn: "..." bij het bericht > "Melden", of het formulier voor illegale inhoud (Digital Services Act) in de LinkedIn Help.',
  reddit: 'Reddit: "Report" bij het bericht, of het Reddit-formulier voor het melden van illegale inhoud onder de Digital Services Act.',
  tiktok: 'TikTok: bij de video of reactie "Rapporteren" > "Illegale inhoud rapporteren"; uitleg: https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
  youtube: 'YouTube (Google): "..." > "Melden" bij de video of reactie, of het formulier voor juridische verwijderingsverzoeken: https://support.google.com/legal/answer/3110420 — Google kan een kopie van de melding doorsturen naar de Lumen-database.',
  bluesky: 'Bluesky: "..." bij het bericht > "Bericht rapporteren", of de melding onder de Digital Services Act: https://bsky.social/about/support/regulatory-compliance-report',
  mastodon: 'Mastodon: "..." bij het bericht > "Rapporteren" aan de moderatoren; de beheerder van de server (zie de pagina "Over" van de server) is de aanbieder.',
  telegram: 'Telegram: in de app bij het bericht "Melden" (rechtermuisklik of lang ingedrukt houden); illegale inhoud in openbare kanalen en groepen kan ook per e-mail aan abuse@telegram.org, met de openbare link (t.me/...) van elk bericht.',
  generic: 'De website: het meldpunt of contactpunt van de aanbieder (DSA art. 11 en 12), meestal te vinden onder "Contact", "Melden" of in de voorwaarden.',
};

/** What the officer must know before sending; shown beside the notice, never inside the text to paste. */
export const NOTICE_ADVICE = [
  'Vul als melder bij voorkeur de naam en het e-mailadres van uw team of organisatie in, niet uw eigen gegevens: het platform mag de identiteit van de melder aan de plaatser doorgeven waar dat strikt noodzakelijk is (art. 17 lid 3 sub b DSA).',
  'Bevat het bericht een bedreiging van iemands leven of veiligheid, dan moet het platform dit zelf melden aan politie of justitie (art. 18 DSA).',
];

export interface DsaNoticeInput {
  metadata: Metadata;
  offence: Offence | null;
  /** The team's or organisation's e-mail (settings.dsaNoticeEmail), never the officer's own. */
  notifierEmail?: string | null;
}

const FILL = '[IN TE VULLEN]';
const THREAT: readonly (Offence | null)[] = ['bedreiging', 'doxing', 'dwang'];

/** (a) A substantiated explanation: the legal elements, and that the target is a police officer. */
function explanation(offence: Offence | null): string[] {
  const what = offence && offence !== 'anders'
    ? `Deze inhoud is strafbaar naar Nederlands recht als ${offenceName[offence]} (${offenceArticle[offence]} van het Wetboek van Strafrecht): ${offenceElements[offence]}.`
    : `Deze inhoud is strafbaar naar Nederlands recht (Wetboek van Strafrecht, artikel ${FILL}, met de reden ${FILL}).`;
  const target = 'De inhoud richt zich tegen een politieambtenaar, in verband met de uitoefening van diens werk.';
  const art18 = THREAT.includes(offence) ? ['Deze inhoud bedreigt de veiligheid van een persoon; wij wijzen op uw plicht uit art. 18 DSA om dit aan de bevoegde autoriteiten te melden.'] : [];
  return [what, target, ...art18];
}

/** (b) The exact URL; a whole-page capture has no URL of its own, and the platform needs one. */
function location(m: Metadata): string[] {
  const url = m.permalink ?? m.url;
  return [
    url,
    ...(m.permalink && m.permalink !== m.url ? [`(aangetroffen op de pagina ${m.url})`] : []),
    ...(m.permalink && !m.wholePage ? [] : [`LET OP: dit is een vastlegging van de hele pagina. Het platform heeft de exacte URL van het bericht zelf nodig: ${FILL}`]),
    ...(m.postId ? [`Bericht-id bij ${platformName[m.platform]}: ${m.postId}`] : []),
    `Geplaatst door: ${authorText(m.author)}${m.author.profileUrl ? ` — ${m.author.profileUrl}` : ''}`,
  ];
}

/**
 * A notice of illegal content under the EU Digital Services Act, art. 16(2), as text to paste into
 * the platform's form: (a) why it is illegal, (b) the exact location, (c) the notifier's name and
 * e-mail (the organisation's, when its policy or the officer set one; else left to fill in), (d) the good-faith statement. Never contains the officer's own details.
 */
export function dsaNotice({ metadata: m, offence, notifierEmail }: DsaNoticeInput): string {
  const indent = (lines: string[]) => lines.map((l) => `   ${l}`);
  return [
    'MELDING VAN ILLEGALE INHOUD — artikel 16 Digital Services Act (Verordening (EU) 2022/2065)',
    '',
    '1. Waarom deze inhoud illegaal is (art. 16 lid 2 sub a):',
    ...indent(explanation(offence)),
    `   Het bericht luidt: "${m.text.trim() || '(alleen beeld)'}"`,
    `   De inhoud is vastgelegd op ${utcText(m.capturedAt)}.`,
    '',
    '2. Exacte elektronische locatie (URL) van de inhoud (art. 16 lid 2 sub b):',
    ...indent(location(m)),
    '',
    '3. Melder (art. 16 lid 2 sub c):',
    `   Naam: ${FILL}`,
    `   E-mailadres: ${notifierEmail ?? FILL}`,
    '',
    '4. Verklaring (art. 16 lid 2 sub d):',
    '   Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',
    '',
    'I hereby state in good faith that the information and allegations contained in this notice are accurate and complete.',
    `Location: ${m.permalink ?? m.url} — Reason: ${offence && offenceArticle[offence] ? `criminal offence under Dutch law (${offenceArticle[offence]}, Dutch Criminal Code) against a police officer` : 'criminal offence under Dutch law against a police officer'}.`,
    '',
  ].join('\n');
}

/** dsa-notice.txt in a bundle: the advice and the platform's route first, then the text to paste, clearly apart. */
export function dsaNoticeFile(input: DsaNoticeInput): string {
  return [
    'AANWIJZINGEN (niet meesturen)',
    `Route bij het platform: ${reportingRoute[input.metadata.platform]}`,
    ...NOTICE_ADVICE,
    '',
    '----- TEKST VOOR DE MELDING (kopieer vanaf hier) -----',
    '',
    dsaNotice(input),
  ].join('\n');
}
