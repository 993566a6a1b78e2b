import { toWinAnsi } from '../winansi';
import { offenceText } from '../law';
import { authorText, platformName, postedAtText, statementOfFacts } from '../texts';
import { dutchLocal, utcText } from '../time';
import type { PdfWriter } from './pdf-writer';
import type { ReportItem } from './report';
import { writeTakedown } from './takedown-section';

const RECONSTRUCTED = 'De browser gaf geen schermpixels (zoals Firefox voor Android). screenshot.png en post.png zijn daarom '
  + 'met html2canvas nagebouwd uit de pagina (DOM): een reconstructie van wat de pagina toonde, geen schermafbeelding. '
  + 'Afbeeldingen van andere websites kunnen erin ontbreken; de tekst en het archief van de pagina staan er los bij.';

const readingLabel = { shown: 'toen de knop verscheen', hover: 'toen de aangever het bericht aanwees', capture: 'bij het vastleggen', after: 'na de schermafbeelding' };

/** "Pagina veranderde tijdens vastleggen": every reading of the post, so the reader sees what changed. */
function writeReadings(w: PdfWriter, readings: readonly { at: keyof typeof readingLabel; text: string }[] | undefined): void {
  if (!readings) return;
  w.space(4);
  w.text('Let op: pagina veranderde tijdens vastleggen. De website toonde het bericht niet steeds hetzelfde:', { font: 'bold' });
  for (const r of readings) w.text(`${readingLabel[r.at]}: "${r.text.trim()}"`, { indent: 12 });
}

/** A reconstruction says so before its picture: html2canvas drew it from the page, the browser gave no pixels. */
function writePixelsNote(w: PdfWriter, m: ReportItem['metadata']): void {
  if (m.pixelsFrom !== 'html2canvas') return;
  w.text('Let op: beeld nagebouwd met html2canvas, geen schermafbeelding.', { font: 'bold' });
  w.text(RECONSTRUCTED, { indent: 12 });
  w.space(4);
}

const MEDIA = { photo: 'foto', video: 'video', document: 'document', audio: 'audio of spraakbericht', sticker: 'sticker', other: 'overig' } as const;

/** A chat message's channel or group, forward origin and media (Telegram); nothing for other items. */
function contextRows(c: ReportItem['metadata']['context']): [string, string | null][] {
  if (!c) return [];
  return [
    ['Kanaal of groep', c.channel ? [c.channel.name, c.channel.id && `id ${c.channel.id}`].filter(Boolean).join(', ') || null : null],
    ['Doorgestuurd van', c.forwardedFrom],
    ['Media in het bericht', c.media.map((m) => (m.name ? `${MEDIA[m.kind]}: ${m.name}` : MEDIA[m.kind])).join(', ') || null],
  ];
}

/** One item's pages: screenshot, quoted text, where and when, offence, statement of facts, hashes. */
export async function writeItemSection(
  w: PdfWriter, item: ReportItem, files: readonly { path: string; sha256: string; size: number }[], screenshot: Uint8Array | null,
): Promise<void> {
  const m = item.metadata;
  w.newPage();
  w.text(`Item ${item.number} — ${platformName[m.platform]}`, { size: 15, font: 'bold' });
  w.text(`Map in de bundel: ${item.dir}`, { size: 8.5, grey: true });
  w.space(6);
  writePixelsNote(w, m);
  if (screenshot) {
    w.text(m.pixelsFrom === 'html2canvas' ? 'Reconstructie van de pagina zoals de aangever die zag (nagebouwd met html2canvas):' : 'Schermafbeelding zoals de aangever de pagina zag:', { font: 'bold' });
    w.space(2);
    await w.png(screenshot);
  }
  w.text('Letterlijke tekst van het bericht:', { font: 'bold' });
  w.text(m.text.trim() ? `"${m.text.trim()}"` : '(geen tekst; zie de schermafbeelding)', { font: 'italic', indent: 12 });
  const replaced = toWinAnsi(m.text).replaced;
  if (replaced) {
    w.text(`(${replaced} teken(s), zoals emoji, zijn in dit PDF als [U+…] of zonder accent weergegeven; de letterlijke tekst staat in metadata.json.)`, { size: 8, grey: true, indent: 12 });
  }
  writeReadings(w, m.pageChanged?.readings);
  w.space(6);
  const rows: [string, string | null][] = [
    ['Internetadres (URL)', m.url],
    ['Permalink van het bericht', m.permalink],
    ['Platform', platformName[m.platform]],
    ['Titel van de pagina', m.pageTitle],
    ['Auteur', authorText(m.author)],
    ['Profiel van de auteur', m.author.profileUrl],
    ['Account-id (platform)', m.author.accountId],
    ['Bericht-id', m.postId],
    ...contextRows(m.context),
    ['Geplaatst', postedAtText(m.postedAt) ?? 'niet zichtbaar op de pagina'],
    ['Vastgelegd (UTC)', utcText(m.capturedAt)],
    ['Vastgelegd (Nederlandse tijd)', dutchLocal(m.capturedAt)],
    ['Klok computer aangever', `${m.localTime} (${m.timeZone})`],
    ['Beeld', m.pixelsFrom === 'html2canvas' ? 'nagebouwd met html2canvas uit de pagina (reconstructie)' : 'schermpixels van de browser'],
    ['Tweede klok (server)', m.serverDate ? `${m.serverDate} (Date-kop van het antwoord van de website)` : 'niet beschikbaar'],
    ['Strafbaar feit', offenceText(item.annotation?.offence ?? null) ?? 'niet gekozen'],
    ['Notities aangever', item.annotation?.notes.trim() || null],
  ];
  for (const [label, value] of rows) if (value) w.field(label, value);
  writeTakedown(w, item.takedown);
  w.space(8);
  w.text('Concept-verklaring (over te nemen in de aangifte):', { font: 'bold' });
  w.text(statementOfFacts(m, item.annotation, item.number), { indent: 12 });
  w.space(8);
  w.text('Bestanden en vingerafdrukken (SHA-256):', { font: 'bold' });
  for (const f of files) {
    w.text(`${f.path}  (${f.size.toLocaleString('nl-NL')} bytes)`, { size: 8.5, indent: 12 });
    w.text(f.sha256, { size: 8, font: 'mono', indent: 24 });
  }
}
