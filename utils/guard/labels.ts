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
  personal_term: 'guardCatPersonalTerm',
};

/**
 * Findings the page could compute from its own text (a phone number, a postcode). Those from the
 * officer's profile never show in the page: its layout and geometry would tell a page which
 * names it put in a composer are the officer's (README, threat model).
 */
export const pageComputable = (f: { category: Category }) => f.category !== 'personal_term';

export function countLabel(t: Translate, n: number): string {
  return n === 1 ? t('guardIndicatorOne') : t('guardIndicatorMany', String(n));
}
