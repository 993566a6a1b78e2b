import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Whether a dialable string is a valid phone number that can belong to a
 * person: public service, free-phone, premium-rate and shared-cost numbers
 * (112, 144, 0800-…, 0900-…, 14 030) are not.
 */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);
const NL_SERVICE = /^(?:800|90[069]|14\d|112|144|18\d\d)/;
/** Dutch mobile numbers (06 + 8 digits) count even where the library's ranges lag behind. */
const NL_MOBILE = /^(?:0|\+31|0031)6\d{8}$/;
/** The shapes worth asking the library about: 0 + 9 digits, or + and 8–15 digits. */
const PLAUSIBLE = /^(?:0[1-9]\d{8}|\+[1-9]\d{7,14})$/;

const cache = new Map<string, boolean>();

export function isPersonalPhone(dial: string): boolean {
  if (NL_MOBILE.test(dial)) return true;
  if (!PLAUSIBLE.test(dial)) return false;
  let known = cache.get(dial);
  if (known === undefined) {
    if (cache.size >= 2048) cache.clear();
    cache.set(dial, (known = validate(dial)));
  }
  return known;
}

function validate(dial: string): boolean {
  const parsed = parsePhoneNumberFromString(dial, 'NL');
  if (!parsed || !parsed.isValid()) return false;
  if (parsed.countryCallingCode === '31' && NL_SERVICE.test(parsed.nationalNumber)) return false;
  const type = parsed.getType();
  return type === undefined || !SERVICE_TYPES.has(type);
}
