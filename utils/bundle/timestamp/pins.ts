import * as pkijs from 'pkijs';
import { sha256OfBytes as sha256Hex } from '../digest';
import { fromPem } from './pem';
import { type TrustPin, trustPinSchema } from './pin-schema';

export { type TrustPin, trustPinSchema };

/** A fingerprint as people write it (colons, spaces, capitals) in the form we compare. */
export const normalFingerprint = (s: string) => s.replace(/[\s:]/g, '').toLowerCase();

/**
 * Checks a pin the officer or organisation entered: exactly one readable certificate whose
 * SHA-256 equals the fingerprint given. Returns the pin, or the reason it is refused.
 */
export async function makePin(pem: string, fingerprint: string): Promise<TrustPin | string> {
  const ders = fromPem(pem);
  if (ders.length !== 1) return 'Plak precies één certificaat (PEM, "-----BEGIN CERTIFICATE-----").';
  let cert: pkijs.Certificate;
  try { cert = pkijs.Certificate.fromBER(ders[0]!); } catch { return 'Dit certificaat is onleesbaar.'; }
  const actual = await sha256Hex(ders[0]!);
  if (normalFingerprint(fingerprint) !== actual) return `De vingerafdruk klopt niet met het certificaat (SHA-256 van het certificaat: ${actual}).`;
  return trustPinSchema.parse({ label: subjectName(cert), pem: pem.trim(), sha256: actual });
}

/** The certificates of valid pins (a pin whose PEM no longer matches its fingerprint is ignored). */
export async function pinnedCerts(pins: readonly TrustPin[]): Promise<{ pin: TrustPin; cert: pkijs.Certificate }[]> {
  const out = [];
  for (const pin of pins) {
    const der = fromPem(pin.pem)[0];
    if (!der || (await sha256Hex(der)) !== pin.sha256) continue;
    try { out.push({ pin, cert: pkijs.Certificate.fromBER(der) }); } catch { /* unreadable: not a pin */ }
  }
  return out;
}

const NAMES: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C' };

/** "CN=…, O=…" of a certificate's subject (or issuer). */
export function subjectName(cert: pkijs.Certificate, of: 'subject' | 'issuer' = 'subject'): string {
  return cert[of].typesAndValues.filter((tv) => NAMES[tv.type])
    .map((tv) => `${NAMES[tv.type]}=${String(tv.value.valueBlock.value)}`).join(', ');
}
