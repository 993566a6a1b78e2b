import { type PieceKind, piecesOf, pieceKind } from './graph';
import type { ScanRecord } from './record';
import type { SourceKind } from './sources';

/** What to do about a source: first the setting or request for that kind of site. */
const perSource = {
  social: 'SocialPrivate',
  sports_club: 'ClubRemoveNames',
  news: 'NewsAnonymise',
  business_register: 'RegisterShield',
  sports_tracking: 'TrackerPrivacyZone',
  search: 'SearchDelist',
  public_record: 'PublicRecordShield',
  directory: 'DirectoryRemove',
  other: 'SiteRemoval',
} as const satisfies Record<SourceKind, string>;

/** Then what to remove, per kind of piece the source exposes. */
const perPiece = {
  children: 'HideChildren',
  partner: 'AskFamily',
  family: 'AskFamily',
  school: 'HideChildren',
  police_affiliation: 'HideWork',
  address: 'RemoveAddress',
  postcode: 'RemoveAddress',
  homeStreet: 'RemoveAddress',
  geo: 'RemoveLocation',
  carPlate: 'HidePlate',
  license_plate: 'HidePlate',
  phone: 'RemoveContact',
  email: 'RemoveContact',
  birth_date: 'RemoveBirthDate',
  bsn: 'RemoveNumbers',
  iban: 'RemoveNumbers',
} as const satisfies Partial<Record<PieceKind, string>>;

export type AdviceCode = (typeof perSource)[SourceKind] | (typeof perPiece)[keyof typeof perPiece];

/**
 * Concrete advice for one source, as codes the report turns into text: nothing
 * when the source says nothing about the person, else the source's own remedy
 * followed by one line per kind of piece to take down.
 */
export function adviceFor(record: ScanRecord): AdviceCode[] {
  const pieces = piecesOf(record);
  if (!pieces.length) return [];
  const codes: AdviceCode[] = [perSource[record.source]];
  for (const e of pieces) {
    const code = (perPiece as Partial<Record<PieceKind, AdviceCode>>)[pieceKind(e)];
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
