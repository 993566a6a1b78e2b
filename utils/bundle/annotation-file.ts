import { z } from 'zod';
import { type Annotation, offenceArticle, offences } from '../evidence/model';

/**
 * annotation.json next to an item's metadata.json: the officer's own later additions
 * (offence, notes, the facts for the statement). A separate record, so the captured metadata.json stays byte for
 * byte what was hashed at capture.
 */
export const annotationFileSchema = z.object({
  itemId: z.string().uuid(),
  offence: z.enum(offences).nullable(),
  offenceArticle: z.string().nullable(),
  notes: z.string().max(20_000),
  workRelation: z.string().max(5_000).default(''),
  learnedHow: z.string().max(5_000).default(''),
  impact: z.string().max(5_000).default(''),
  updatedAt: z.string().datetime().nullable(),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;

export function toAnnotationFile(itemId: string, a: Annotation | undefined): AnnotationFile {
  return {
    itemId,
    offence: a?.offence ?? null,
    offenceArticle: a?.offence ? offenceArticle[a.offence] || null : null,
    notes: a?.notes ?? '',
    workRelation: a?.workRelation ?? '',
    learnedHow: a?.learnedHow ?? '',
    impact: a?.impact ?? '',
    updatedAt: a?.updatedAt ?? null,
  };
}

/** Back to the locker's annotation record on import; null when the officer added nothing. */
export function fromAnnotationFile(f: AnnotationFile): Annotation | null {
  if (!f.offence && !f.notes && !f.workRelation && !f.learnedHow && !f.impact) return null;
  return { itemId: f.itemId, offence: f.offence, notes: f.notes, workRelation: f.workRelation, learnedHow: f.learnedHow, impact: f.impact, updatedAt: f.updatedAt ?? new Date(0).toISOString() };
}

/** The hash of metadata.json that the capture wrote into the first custody line, if it did. */
export function captureMetadataHash(captureDetail: string | undefined): string | null {
  return /metadata\.json sha256 ([0-9a-f]{64})/.exec(captureDetail ?? '')?.[1] ?? null;
}

/** Canonical bytes of metadata.json as capture writes them: pretty-printed, ending in a newline. */
export function canonicalMetadataBytes(m: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
}
