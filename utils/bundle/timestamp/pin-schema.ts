import { z } from 'zod';

/**
 * A certificate the organisation trusts for timestamps (a TSA's root or issuer, or the TSA
 * certificate itself), configured next to the TSA URL with its SHA-256 fingerprint as the
 * TSA publishes it. A timestamp is green only when its chain ends at one of these. Apart from
 * pins.ts so that settings (read by every page) do not pull in PKI.js.
 */
export const trustPinSchema = z.object({
  label: z.string().max(200),
  pem: z.string().max(20_000),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TrustPin = z.infer<typeof trustPinSchema>;
