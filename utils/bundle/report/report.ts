import type { ManifestTakedown } from '../manifest';
import type { Annotation, Metadata } from '../../evidence/model';
import { offenceText } from '../law';
import { platformName } from '../texts';
import { dutchLocal } from '../time';
import { PdfWriter, TEXT_WIDTH } from './pdf-writer';
import { writeItemSection } from './item-section';

export interface ReportHeader {
  bundleId: string;
  created: string;
  personnelNumber: string | null;
  caseReference: string | null;
  toolVersion: string;
}

/** What is known only once manifest.json is written: its fingerprint, and the timestamp over it. */
export interface ReportSeal {
  fingerprint: string;
  timestamp: { genTime: string; tsa: string } | null;
}

export interface ReportItem {
  number: number;
  dir: string;
  metadata: Metadata;
  annotation: Pick<Annotation, 'notes' | 'offence' | 'workRelation' | 'learnedHow' | 'impact'> | null;
  /** Notices and online checks, as in manifest.json. */
  takedown?: ManifestTakedown;
}

const INTRO = [
  'Deze bijlage hoort bij een aangifte. Zij bevat berichten die de aangever op internet heeft aangetroffen en heeft vastgelegd met Schildwacht, een uitbreiding voor de webbrowser.',
  'Per bericht ziet u een schermafbeelding zoals de aangever het zag, de letterlijke tekst, het internetadres (URL), de auteur en de tijdstippen. Tijden staan in Nederlandse tijd en in UTC (wereldtijd).',
  'Bij elk bestand staat een SHA-256-hashwaarde: een digitale vingerafdruk van het bestand. Verandert er ook maar één teken in een bestand, dan verandert de vingerafdruk volledig. De vingerafdrukken zijn berekend op het moment van vastleggen en bij het maken van deze bijlage opnieuw gecontroleerd.',
  'Controleren kan zonder Schildwacht: open het bestand verify.html uit dezelfde ZIP in een browser en sleep de ZIP of de uitgepakte bestanden erop. Of voer in de uitgepakte map het commando "sha256sum -c SHA256SUMS" uit. Het bestand custody.jsonl bevat het logboek van alle handelingen per item (vastleggen, notities, export), waarin elke regel de vingerafdruk van de vorige bevat.',
];

const MISSING_NUMBER = '______________  (niet ingesteld in Schildwacht: vul hier het nummer in waaronder de politie de aangifte opneemt; dat geeft de politie, het is niet per se uw personeelsnummer)';

/** report.pdf, "Bijlage bij aangifte": front matter and summary first, then one section per item. */
export class ReportBuilder {
  private constructor(private readonly w: PdfWriter, private readonly header: ReportHeader, private readonly sealSlot: ReturnType<PdfWriter['reserve']>) {}

  /** Starts report.pdf; its bytes go to `out` page by page as the report is laid out. */
  static async start(header: ReportHeader, items: readonly ReportItem[], out: (chunk: Uint8Array) => void): Promise<ReportBuilder> {
    const w = await PdfWriter.create('Bijlage bij aangifte', out);
    w.text('Bijlage bij aangifte', { size: 20, font: 'bold' });
    w.text('Vastgelegde berichten van internet, met controleerbare vingerafdrukken', { size: 11, grey: true });
    w.space(10);
    w.field('Aangifte onder nummer', header.personnelNumber ?? MISSING_NUMBER);
    w.field('Zaak / kenmerk', header.caseReference ?? '—');
    w.field('Aangemaakt', dutchLocal(header.created));
    w.field('Aantal items', String(items.length));
    w.field('Bundel-id', header.bundleId);
    w.field('Programma', `Schildwacht ${header.toolVersion}`);
    w.space(8);
    const sealSlot = w.reserve(130);
    for (const p of INTRO) { w.text(p); w.space(4); }
    w.space(8);
    w.text('Overzicht', { size: 14, font: 'bold' });
    w.space(4);
    const widths = [28, 120, 80, 130, TEXT_WIDTH - 358];
    w.row(['Nr', 'Vastgelegd (Nederlandse tijd)', 'Platform', 'Auteur', 'Strafbaar feit'], widths, true);
    for (const it of items) {
      const m = it.metadata;
      const author = [m.author.name, m.author.handle].filter(Boolean).join(' ') || 'onbekend';
      w.row([String(it.number), dutchLocal(m.capturedAt), platformName[m.platform], author,
        offenceText(it.annotation?.offence ?? null) ?? 'niet gekozen'], widths);
    }
    return new ReportBuilder(w, header, sealSlot);
  }

  /** One item's section; the screenshot bytes are embedded and released before the next item. */
  async addItem(item: ReportItem, files: readonly { path: string; sha256: string; size: number }[], screenshot: Uint8Array | null): Promise<void> {
    await writeItemSection(this.w, item, files, screenshot);
  }

  async finish(custodyIntact: boolean, seal: ReportSeal): Promise<void> {
    const w = this.w;
    this.sealSlot((s) => writeSeal(s, seal));
    w.newPage();
    w.text('Logboek (chain of custody)', { size: 14, font: 'bold' });
    w.text(custodyIntact
      ? 'Het logboek custody.jsonl is bij het maken van deze bijlage gecontroleerd: de keten van vingerafdrukken is intact.'
      : 'LET OP: het logboek custody.jsonl is bij het maken van deze bijlage gecontroleerd en de keten van vingerafdrukken is NIET intact. Het logboek is ongewijzigd meegeleverd.');
    w.footer(`Bijlage bij aangifte — bundel ${this.header.bundleId}`);
    return w.save();
  }
}

/** Page 1: the bundle's fingerprint, the anchor outside the bundle once it is in the aangifte. */
function writeSeal(w: PdfWriter, seal: ReportSeal): void {
  w.rule();
  w.space(6);
  w.text('Vingerafdruk van deze bundel (SHA-256 van manifest.json)', { font: 'bold' });
  w.text(seal.fingerprint, { font: 'mono', size: 10 });
  w.text(`Neem in de aangifte op: "Bij deze aangifte hoort de bewijsbundel met vingerafdruk (SHA-256 van manifest.json) ${seal.fingerprint}."`, { size: 9 });
  w.text(seal.timestamp
    ? `Tijdstempel (RFC 3161): manifest.json bestond op ${dutchLocal(seal.timestamp.genTime)}, getekend door ${seal.timestamp.tsa}.`
    : 'Zonder tijdstempel bewijst de bundel alleen samenhang; de vingerafdruk in de aangifte legt vast welke bundel het is.', { size: 9, grey: true });
}
