import type { CaseRecord, SchildwachtDB } from '../db';
import { sha256Hex } from '../hash';
import { type Annotation, type Offence, annotationSchema, offenceArticle } from './model';
import { appendCustody } from './store';

/** The officer's additions to an item, as stored (never inside the frozen original). */
export async function annotationOf(db: SchildwachtDB, itemId: string): Promise<Annotation> {
  return annotationSchema.parse((await db.annotations.get(itemId)) ?? { itemId, notes: '', offence: null, updatedAt: new Date(0).toISOString() });
}

const TEXT_FIELDS = ['notes', 'workRelation', 'learnedHow', 'impact'] as const;
const FIELD_LABEL: Record<(typeof TEXT_FIELDS)[number], string> = {
  notes: 'notitie', workRelation: 'verklaring: verband met het werk', learnedHow: 'verklaring: hoe aangetroffen', impact: 'verklaring: gevolgen',
};
export type AnnotationChange = { offence: Offence | null } & Partial<Pick<Annotation, (typeof TEXT_FIELDS)[number]>>;

export function offenceLabel(o: Offence): string {
  return offenceArticle[o] ? `${o} (${offenceArticle[o]})` : o;
}

/**
 * Saves notes and offence choice as a separate annotation record; every change is a custody
 * entry written in the same transaction as the record, so the log and the data cannot disagree.
 */
export async function saveAnnotation(
  db: SchildwachtDB, itemId: string, change: AnnotationChange, now = new Date(),
): Promise<Annotation> {
  const before = await annotationOf(db, itemId);
  let current = before;
  const put = (next: Annotation) => async () => {
    await db.annotations.put(annotationSchema.parse(next));
  };
  // The log records that a text changed and its hash, never the text: it goes into every bundle,
  // and the officer's own words may name them (annotation.json holds the text).
  for (const field of TEXT_FIELDS) {
    const value = change[field];
    if (value === undefined || value === before[field]) continue;
    current = { ...current, [field]: value, updatedAt: now.toISOString() };
    const detail = `${FIELD_LABEL[field]} (${value.length} tekens, sha256 ${await sha256Hex(value)})`;
    await appendCustody(db, itemId, 'note', detail, put(current), () => now);
  }
  if (change.offence !== before.offence) {
    current = { ...current, offence: change.offence, updatedAt: now.toISOString() };
    const detail = `delict: ${change.offence ? offenceLabel(change.offence) : 'geen'}`;
    await appendCustody(db, itemId, 'offence', detail, put(current), () => now);
  }
  return current;
}

export async function createCase(db: SchildwachtDB, title: string, now = new Date()): Promise<CaseRecord> {
  const record = { id: crypto.randomUUID(), title: title.trim().slice(0, 200), createdAt: now.toISOString() };
  if (!record.title) throw new Error('Een zaak heeft een naam nodig');
  await db.cases.add(record);
  return record;
}

/** Puts an item in a case (or in none); logged in the item's custody log. */
export async function assignCase(db: SchildwachtDB, itemId: string, caseId: string | null, now = new Date()): Promise<void> {
  const record = caseId ? await db.cases.get(caseId) : undefined;
  if (caseId && !record) throw new Error('Onbekende zaak');
  const detail = record ? `zaak: ${record.title} (${record.id})` : 'uit zaak gehaald';
  await appendCustody(db, itemId, 'case', detail, async () => {
    const changed = await db.items.update(itemId, { caseId });
    if (!changed && !(await db.items.get(itemId))) throw new Error('Item niet gevonden');
  }, () => now);
}

/**
 * Deletes an item's data (files, metadata, annotation). Its custody log stays, ending in a
 * 'delete' entry that names what was deleted, so the deletion itself remains accountable.
 */
export async function deleteItem(db: SchildwachtDB, itemId: string, now = new Date()): Promise<void> {
  const item = await db.items.get(itemId);
  if (!item) throw new Error('Item niet gevonden');
  const meta = await db.files.get([itemId, 'metadata.json']);
  const detail = `verwijderd door de gebruiker: ${item.metadata.permalink ?? item.metadata.url}; metadata.json sha256 ${meta?.sha256 ?? '?'}`;
  await appendCustody(db, itemId, 'delete', detail, async () => {
    await db.files.where('itemId').equals(itemId).delete();
    await db.thumbs.delete(itemId);
    await db.annotations.delete(itemId);
    await db.notices.where('itemId').equals(itemId).delete();
    await db.checks.where('itemId').equals(itemId).delete();
    await db.items.delete(itemId);
  }, () => now);
}
