import type { Offence } from '../evidence/model';
import { offenceArticle } from '../evidence/model';

/**
 * What each offence is, in the words of the Wetboek van Strafrecht (paraphrased, articles cited,
 * no penalties), for the statement in report.pdf and the DSA notice. Checked against
 * wetten.overheid.nl; belediging of an officer per HR 19-09-2017, ECLI:NL:HR:2017:2394.
 */
export const offenceName: Record<Offence, string> = {
  bedreiging: 'bedreiging', belediging: 'belediging van een ambtenaar', smaad: 'smaad', laster: 'laster',
  doxing: 'doxing (het verspreiden van persoonsgegevens om vrees aan te jagen)', opruiing: 'opruiing',
  belaging: 'belaging (stalking)', dwang: 'dwang', identiteitsfraude: 'identiteitsfraude', anders: 'een ander strafbaar feit',
};

export const offenceElements: Record<Offence, string> = {
  bedreiging: 'bedreiging met onder meer openlijk geweld tegen personen, een misdrijf tegen het leven gericht of zware mishandeling (art. 285 Sr)',
  belediging: 'opzettelijke belediging (art. 266 Sr) van een ambtenaar gedurende of ter zake van de rechtmatige uitoefening van zijn bediening (art. 267 Sr)',
  smaad: 'opzettelijk iemands eer of goede naam aanranden door telastlegging van een bepaald feit, met het kennelijke doel daaraan ruchtbaarheid te geven (art. 261 Sr)',
  laster: 'smaad gepleegd terwijl de dader weet dat het telastegelegde feit in strijd met de waarheid is (art. 262 Sr)',
  doxing: 'zich persoonsgegevens van een ander verschaffen, deze verspreiden of anderszins ter beschikking stellen, met het oogmerk die ander vrees aan te jagen, ernstige overlast aan te doen of ernstig te hinderen in de uitoefening van zijn ambt of beroep (art. 285d lid 1 Sr); gepleegd tegen onder meer een ambtenaar van politie wordt het strafmaximum met een derde verhoogd (art. 285d lid 2 Sr)',
  opruiing: 'in het openbaar, mondeling of bij geschrift of afbeelding, opruien tot enig strafbaar feit of tot gewelddadig optreden tegen het openbaar gezag (art. 131 Sr)',
  belaging: 'wederrechtelijk stelselmatig opzettelijk inbreuk maken op iemands persoonlijke levenssfeer, met het oogmerk die ander te dwingen iets te doen, niet te doen of te dulden dan wel vrees aan te jagen (art. 285b Sr)',
  dwang: 'een ander door geweld, enige andere feitelijkheid of bedreiging daarmee wederrechtelijk dwingen iets te doen, niet te doen of te dulden (art. 284 Sr)',
  identiteitsfraude: 'opzettelijk en wederrechtelijk gebruikmaken van identificerende persoonsgegevens van een ander, met het oogmerk de eigen identiteit te verhullen of die van de ander te misbruiken, waardoor nadeel kan ontstaan (art. 231b Sr)',
  anders: '',
};

/** "bedreiging (art. 285 Sr)", or null when the officer chose no offence. */
export function offenceText(offence: Offence | null): string | null {
  if (!offence) return null;
  const article = offenceArticle[offence];
  return article ? `${offenceName[offence]} (${article})` : offenceName[offence];
}

/**
 * Whether prosecution needs a klacht (a request to prosecute) from the officer. Belaging always
 * (art. 285b Sr); belediging, smaad and laster unless art. 267 Sr applies (art. 269 Sr).
 */
export type ComplaintNeed = 'always' | 'unlessOfficial' | 'never';
export function complaintNeed(offence: Offence | null): ComplaintNeed {
  if (offence === 'belaging') return 'always';
  return offence === 'belediging' || offence === 'smaad' || offence === 'laster' ? 'unlessOfficial' : 'never';
}

const KLACHT_TERM = 'De klacht moet worden gedaan binnen drie maanden nadat u van het feit kennis kreeg (art. 66 Sr).';

/** The klacht section of the bijlage ("verzoek tot vervolging"), or null when the offence needs none. */
export function complaintSection(offence: Offence | null): string | null {
  const need = complaintNeed(offence);
  if (need === 'never' || !offence) return null;
  const why = need === 'always'
    ? `${offenceName[offence]} (${offenceArticle[offence]}) wordt alleen vervolgd op klacht van degene tegen wie het is gepleegd.`
    : `Zonder art. 267 Sr is ${offence} een klachtdelict (art. 269 Sr); vond het plaats gedurende of ter zake van de rechtmatige uitoefening van uw bediening (art. 267 Sr), dan is geen klacht nodig. Doe voor de zekerheid toch klacht.`;
  return [
    'Verzoek tot vervolging (klacht)',
    why,
    'Ik verzoek uitdrukkelijk om vervolging van de dader(s) van het hierboven beschreven feit.',
    `LET OP: ${KLACHT_TERM}`,
  ].join('\n');
}

/** The GTPA paragraph: the officer was targeted as a police officer; VPT registration and the ELA. */
export const GTPA_REQUEST = 'Ik verzoek deze aangifte te registreren met de VPT-code (Veilige Publieke Taak) en de Eenduidige Landelijke Afspraken (ELA) van politie en Openbaar Ministerie over agressie en geweld tegen politieambtenaren toe te passen.';
