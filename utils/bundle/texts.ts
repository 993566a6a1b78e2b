import type { Annotation, Metadata } from '../evidence/model';
import { GTPA_REQUEST, complaintSection, offenceElements, offenceText } from './law';
import type { Platform } from '../sites/types';
import { dutchDateTime } from './time';

/** Platform names as a Dutch reader knows them. */
export const platformName: Record<Platform, string> = {
  x: 'X (voorheen Twitter)', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn',
  reddit: 'Reddit', tiktok: 'TikTok', youtube: 'YouTube', bluesky: 'Bluesky', mastodon: 'Mastodon',
  telegram: 'Telegram', generic: 'een website',
};

/** "Jan Jansen (@jjansen)", or a neutral phrase when the page did not show an author. */
export function authorText(author: Metadata['author']): string {
  const handle = author.handle ? (author.handle.startsWith('@') ? author.handle : `@${author.handle}`) : null;
  if (author.name && handle) return `${author.name} (${handle})`;
  return author.name ?? handle ?? 'een onbekende gebruiker';
}

export function postedAtText(postedAt: Metadata['postedAt']): string | null {
  if (postedAt.parsed) {
    const { date, time } = dutchDateTime(postedAt.parsed);
    return `${date} om ${time} uur (Nederlandse tijd)`;
  }
  return postedAt.shown ? `"${postedAt.shown}" (zoals getoond op de pagina)` : null;
}

const FILL = (what: string) => `[IN TE VULLEN: ${what}]`;

/** What the statement needs from the officer's own additions to the item. */
export type StatementInput = Pick<Annotation, 'offence' | 'workRelation' | 'learnedHow' | 'impact'>;

/**
 * The draft statement the officer can copy into the aangifte: the facts ("Op … om … trof ik op …
 * een bericht aan van …"), then that the officer was targeted as a police officer and how the post
 * relates to their work, how they learned of it, what it did to them, the offence with its legal
 * elements, the VPT/ELA request, and the klacht where the offence needs one.
 */
export function statementOfFacts(m: Metadata, a: StatementInput | null, itemNumber: number): string {
  const { date, time } = dutchDateTime(m.capturedAt);
  const where = m.platform === 'generic' ? 'een website' : platformName[m.platform];
  const posted = postedAtText(m.postedAt);
  const offence = a?.offence ?? null;
  const crime = offenceText(offence);
  const text = m.text.trim();
  const facts = [
    `Op ${date} om ${time} uur (Nederlandse tijd) trof ik op ${where}, op de pagina ${m.url}, een bericht aan van ${authorText(m.author)}`
      + (m.author.profileUrl ? ` (profiel: ${m.author.profileUrl})` : '') + '.',
    posted ? `Het bericht was geplaatst op ${posted}.` : 'Het tijdstip van plaatsen was op de pagina niet zichtbaar.',
    text ? `Het bericht luidde: "${text}"` : 'Het bericht bevatte geen tekst; de inhoud blijkt uit de schermafbeelding.',
    `Ik heb het bericht op dat moment vastgelegd met ${m.pixelsFrom === 'html2canvas' ? 'een met html2canvas nagebouwd beeld (geen schermafbeelding)' : 'een schermafbeelding'} en een archief van de pagina (item ${itemNumber} van deze bijlage).`,
  ].join(' ');
  const gtpa = [
    `Ik ben politieambtenaar. Het bericht richt zich tot mij als politieambtenaar. Verband met mijn werk: ${a?.workRelation.trim() || FILL('hoe het bericht samenhangt met uw werk, bijvoorbeeld een optreden of een aanhouding')}.`,
    `Ik kreeg het bericht onder ogen doordat ${a?.learnedHow.trim() || FILL('hoe u het bericht zag')}.`,
    `Wat dit met mij deed: ${a?.impact.trim() || FILL('gevoelens van angst of onveiligheid en maatregelen die u nam')}.`,
  ].join(' ');
  const law = crime ? `Ik beschouw dit bericht als ${crime}${offenceElements[offence!] ? `: ${offenceElements[offence!]}` : ''}.` : '';
  return [facts, gtpa, law, GTPA_REQUEST, complaintSection(offence) ?? ''].filter(Boolean).join('\n\n');
}
