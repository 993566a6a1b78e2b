import { z } from 'zod';
import { type Annotation, type Metadata, metadataSchema, offenceArticle, offences } from '../evidence/model';

/**
 * metadata.json of an item inside a bundle: the frozen capture record plus the
 * officer's own additions (notes, offence) of shared/evidence-bundle.md. The
 * capture-time hashes in `files` are the ones every file is checked against.
 */
export const bundleMetadataSchema = metadataSchema.extend({
  notes: z.string().max(20_000).nullable(),
  offence: z.enum(offences).nullable(),
  offenceArticle: z.string().nullable(),
  annotatedAt: z.string().datetime().nullable(),
});
export type BundleMetadata = z.infer<typeof bundleMetadataSchema>;

export function toBundleMetadata(m: Metadata, a: Annotation | undefined): BundleMetadata {
  return {
    ...m,
    notes: a?.notes || null,
    offence: a?.offence ?? null,
    offenceArticle: a?.offence ? offenceArticle[a.offence] || null : null,
    annotatedAt: a?.updatedAt ?? null,
  };
}

/** Splits an imported metadata.json back into the capture record and the officer's annotation. */
export function fromBundleMetadata(b: BundleMetadata): { metadata: Metadata; annotation: Annotation | null } {
  const { notes, offence, offenceArticle: _article, annotatedAt, ...rest } = b;
  const metadata = metadataSchema.parse(rest);
  const annotation = notes || offence
    ? { itemId: metadata.id, notes: notes ?? '', offence, updatedAt: annotatedAt ?? metadata.capturedAt }
    : null;
  return { metadata, annotation };
}
