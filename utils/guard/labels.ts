import type { Category } from '../detect/index';
import type { MessageKey } from '../i18n';

export type Translate = (key: MessageKey, ...subs: string[]) => string;

/** Each category in plain Dutch (the officer's language), via _locales. */
export const categoryKey: Record<Category, MessageKey> = {
  phone: 'guardCatPhone',
  email: 'guardCatEmail',
  postcode: 'guardCatPostcode',
  address: 'guardCatAddress',
  iban: 'guardCatIban',
  bsn: 'guardCatBsn',
  license_plate: 'guardCatLicensePlate',
  birth_date: 'guardCatBirthDate',
  geo: 'guardCatGeo',
  police_affiliation: 'guardCatPoliceAffiliation',
  family: 'guardCatFamily',
  school: 'guardCatSchool',
  personal_term: 'guardCatPersonalTerm',
};

export function countLabel(t: Translate, n: number): string {
  return n === 1 ? t('guardIndicatorOne') : t('guardIndicatorMany', String(n));
}
