import { z } from 'zod';
import { type TrustPin, trustPinSchema } from '../timestamp/pin-schema';

const PLACEHOLDER = '<script type="application/json" id="trust-pins">[]</script>';

/**
 * verify.html carries the organisation's pinned TSA certificates as inert JSON (not a script
 * the CSP would run). Whoever doubts a bundle uses the organisation's own copy of verify.html:
 * the one inside a bundle is as trustworthy as the bundle.
 */
export function withPins(html: string, pins: readonly TrustPin[]): string {
  if (!html.includes(PLACEHOLDER)) return html;
  const json = JSON.stringify(pins.map((p) => trustPinSchema.parse(p))).replace(/</g, '\\u003c');
  return html.replace(PLACEHOLDER, () => `<script type="application/json" id="trust-pins">${json}</script>`);
}

/** The pins a verify.html page carries; none when the block is missing or malformed. */
export function pinsOf(doc: Document): TrustPin[] {
  try {
    const parsed = z.array(trustPinSchema).safeParse(JSON.parse(doc.getElementById('trust-pins')?.textContent ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
