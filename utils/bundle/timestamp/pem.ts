import { base64 } from '../../hash';

/** PEM armour for certificates (the chain file in a bundle). */
export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = base64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

export function fromPem(text: string, label = 'CERTIFICATE'): Uint8Array<ArrayBuffer>[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => Uint8Array.from(atob(m[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
}
