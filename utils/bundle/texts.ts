import type { Metadata, Offence } from '../evidence/model';
import { offenceArticle } from '../evidence/model';
import type { Platform } from '../sites/types';
import { dutchDateTime } from './time';

/** Platform names as a Dutch reader knows them. */
export const platformName: Record<Platform, string> = {
  x: 'X (voorheen Twitter)', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn',
  reddit: 'Reddit', tiktok: 'TikTok', youtube: 'YouTube', bluesky: 'Bluesky', mastodon: 'Mastodon',
  generic: 'een website',
};

export const offenceName: Record<Offence, string> = {
  bedreiging: 'bedreiging', belediging: 'belediging', doxing: 'doxing (het verspreiden van persoonsgegevens om vrees aan te jagen)',
  opruiing: 'opruiing', belaging: 'belaging (stalking)', anders: 'een ander strafbaar feit',
};

/** "bedreiging (art. 285 Sr)", or null when the officer chose no offence. */
export function offenceText(offence: Offence | null): string | null {
  if (!offence) return null;
  const article = offenceArticle[offence];
  return article ? `${offenceName[offence]} (${article})` : offenceName[offence];
}

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

/**
 * The draft statement of facts the officer can copy into the aangifte:
 * "Op … om … trof ik op … een bericht aan van …".
 */
export function statementOfFacts(m: Metadata, offence: Offence | null, itemNumber: number): string {
  const { date, time } = dutchDateTime(m.capturedAt);
  const where = m.platform === 'generic' ? 'een website' : platformName[m.platform];
  const posted = postedAtText(m.postedAt);
  const crime = offenceText(offence);
  const text = m.text.trim();
  return [
    `Op ${date} om ${time} uur (Nederlandse tijd) trof ik op ${where}, op de pagina ${m.url}, een bericht aan van ${authorText(m.author)}`
      + (m.author.profileUrl ? ` (profiel: ${m.author.profileUrl})` : '') + '.',
    posted ? `Het bericht was geplaatst op ${posted}.` : 'Het tijdstip van plaatsen was op de pagina niet zichtbaar.',
    text ? `Het bericht luidde: "${text}"` : 'Het bericht bevatte geen tekst; de inhoud blijkt uit de schermafbeelding.',
    `Ik heb het bericht op dat moment vastgelegd met een schermafbeelding en een archief van de pagina (item ${itemNumber} van deze bijlage).`,
    crime ? `Ik beschouw dit bericht als ${crime}.` : '',
  ].filter(Boolean).join(' ');
}
