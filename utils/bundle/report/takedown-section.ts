import { routeLabel } from '../../evidence/takedown';
import type { ManifestTakedown } from '../manifest';
import { utcText } from '../time';
import type { PdfWriter } from './pdf-writer';

const RESULT = { online: 'stond nog online', verwijderd: 'verwijderd', onbekend: 'niet vast te stellen' } as const;

/** The item's takedown follow-up: each notice with its status history, each online check with its outcome. */
export function writeTakedown(w: PdfWriter, t: ManifestTakedown | undefined): void {
  if (!t || (!t.notices.length && !t.checks.length)) return;
  w.space(8);
  w.text('Opvolging: verzoeken om verwijdering en online-controles (ook in het logboek):', { font: 'bold' });
  for (const n of t.notices) {
    w.text(`Melding van ${n.date} bij ${n.platform} (${routeLabel[n.route]}), kenmerk ${n.reference || '-'}`, { indent: 12 });
    for (const h of n.history) w.text(`${utcText(h.at)}: ${h.status}`, { indent: 24, size: 8.5 });
  }
  for (const c of t.checks) w.text(`Online-controle ${utcText(c.at)}: ${RESULT[c.result]} — ${c.reason}`, { indent: 12 });
}
