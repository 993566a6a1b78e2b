import { z } from 'zod';
import { offences } from '../evidence/model';
import { noticeSchema, onlineCheckSchema } from '../evidence/takedown';
import { platforms } from '../sites/types';
import { FORMAT, FORMAT_VERSION } from './paths';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const bundlePath = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/).max(300);

export const fileRoles = [
  'screenshot', 'post', 'archive', 'metadata', 'annotation', 'attachment', 'dsa-notice',
  'report', 'verifier', 'custody', 'schema', 'capture-timestamp', 'onder-nummer-manifest',
] as const;

export const manifestFileSchema = z.object({
  path: bundlePath,
  sha256,
  size: z.number().int().nonnegative(),
  role: z.enum(fileRoles),
  /** The item the file belongs to; null for files of the bundle as a whole. */
  itemId: z.string().uuid().nullable(),
  /** A derived copy (onder nummer): the original it was made from, which the bundle withholds. */
  derivedFrom: z.object({ path: bundlePath, sha256 }).optional(),
  /** The boxes (device pixels) filled black in the derived copy. */
  redactions: z.array(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })).max(5_000).optional(),
});

/** An original an export onder nummer leaves out (it could show the officer), committed by its hash. */
export const withheldSchema = z.object({
  path: bundlePath,
  sha256,
  size: z.number().int().nonnegative(),
  itemId: z.string().uuid(),
  status: z.literal('achtergehouden'),
});
export type Withheld = z.infer<typeof withheldSchema>;

/** Takedown follow-up of an item: its notices (with status history) and online checks, each backed by custody lines. */
export const manifestTakedownSchema = z.object({
  notices: z.array(noticeSchema.omit({ itemId: true })).max(1_000),
  checks: z.array(onlineCheckSchema.omit({ itemId: true })).max(10_000),
});
export type ManifestTakedown = z.infer<typeof manifestTakedownSchema>;

export const manifestItemSchema = z.object({
  id: z.string().uuid(),
  number: z.number().int().positive(),
  dir: bundlePath,
  platform: z.enum(platforms),
  url: z.string().url(),
  capturedAt: z.string().datetime({ precision: 3 }),
  author: z.string().nullable(),
  offence: z.enum(offences).nullable(),
  offenceArticle: z.string().nullable(),
  /** Absent in bundles made before takedown follow-up existed. */
  takedown: manifestTakedownSchema.optional(),
});

/**
 * manifest.json: the machine-readable index of a bundle. Its JSON Schema is
 * generated from this model (schema/manifest.schema.json in every bundle).
 */
export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  bundleId: z.string().uuid(),
  created: z.string().datetime({ precision: 3 }),
  tool: z.object({ name: z.literal('Schildwacht'), version: z.string() }),
  browser: z.object({ name: z.string(), version: z.string(), userAgent: z.string() }),
  os: z.object({ name: z.string(), version: z.string().nullable() }),
  caseReference: z.string().nullable(),
  /** Aangifte "onder nummer": the officer is identified by personnel number only; null when not set. */
  personnelNumber: z.string().regex(/^[A-Za-z0-9-]{1,20}$/).nullable(),
  /** Export onder nummer: originals that could show the officer are withheld (committed by hash), derived copies given. */
  onderNummer: z.boolean().default(false),
  withheld: z.array(withheldSchema).default([]),
  /** "Originelen voor de politie": the originals withheld by this export onder nummer (its manifest.json is in the bundle). */
  originalsOf: z.object({ bundleId: z.string().uuid(), fingerprint: sha256, manifest: bundlePath }).nullable().default(null),
  items: z.array(manifestItemSchema),
  /** Every file of the bundle except manifest.json, SHA256SUMS, report.pdf (written after it) and the timestamp files. */
  files: z.array(manifestFileSchema),
  /** An RFC 3161 token over the SHA-256 of manifest.json, when the officer asked for one. */
  timestamp: z.object({
    token: bundlePath,
    chain: bundlePath,
    imprintOf: z.literal('manifest.json'),
    hashAlgorithm: z.literal('sha-256'),
    tsaUrl: z.string().url(),
  }).nullable(),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestItem = z.infer<typeof manifestItemSchema>;
export type FileRole = (typeof fileRoles)[number];

/** JSON Schema of manifest.json, generated from the zod model (shipped as schema/manifest.schema.json). */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(manifestSchema),
    $id: 'urn:schildwacht:evidence-manifest:1',
    title: 'Schildwacht evidence bundle manifest',
  };
}
