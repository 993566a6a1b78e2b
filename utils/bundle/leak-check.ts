import type { SchildwachtDB } from '../db';
import type { Metadata } from '../evidence/model';
import { type Profile, termGroups } from '../profile';
import { toAnnotationFile } from './annotation-file';
import { custodyOf } from './custody-append';
import { type OnderNummer, blacksOutInPost } from './onder-nummer';
import type { ExportItem } from './stored-files';
import { escapeRegex } from '../escape-regex';

const KIND: Record<string, string> = {
  ownNames: 'uw eigen naam', partner: 'de naam van uw partner', children: 'de naam van een kind', family: 'de naam van een familielid',
  homeStreet: 'uw straat', homeTown: 'uw woonplaats', school: 'de school', sportsClub: 'de sportclub', carPlate: 'uw kenteken', other: 'een term uit uw profiel',
};

/** Every profile term and own handle, with what it is (for the refusal, shown only in the extension). */
function ownTerms(profile: Profile): { term: string; kind: string }[] {
  const terms = termGroups.flatMap((g) => profile.terms[g].map((term) => ({ term, kind: KIND[g]! })));
  const handles = profile.accounts.map((a) => ({ term: a.handle.replace(/^@/, ''), kind: 'uw eigen account' }));
  return [...terms, ...handles].filter((t) => t.term.trim().length >= 3);
}

/** One spelling for comparing: NFC, no zero-width characters, any run of spaces (also non-breaking) one space. */
const plain = (s: string) => s.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ');

/**
 * Where a text file of the bundle names the officer: the first profile term it contains, as
 * "<what> (<term>)", or null. The post's own words are the captured content and are left to
 * the officer's decision, so they are taken out before the check.
 */
export function leakIn(text: string, profile: Profile, post: Pick<Metadata, 'text'> | null): string | null {
  let rest = text;
  if (post?.text.trim()) rest = rest.split(post.text.trim()).join(' ').split(JSON.stringify(post.text).slice(1, -1)).join(' ');
  rest = plain(rest);
  for (const { term: raw, kind } of ownTerms(profile)) {
    const term = plain(raw.trim());
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegex(term)}($|[^\\p{L}\\p{N}])`, 'iu').test(rest)) return `${kind} (${term})`;
  }
  return null;
}

/** Everything of the items that goes into a bundle as text, checked before a byte is written. */
export interface PreflightItem { number: number; metadataJson: string; metadata: Metadata; annotationJson: string; custody: string[] }

/**
 * Refuses an export onder nummer when any text that would go into the bundle names the officer
 * (metadata.json, annotation.json, custody.jsonl, and so the manifest, report.pdf and the DSA notice
 * made from them), outside the post's own words. Returns the reason, or null.
 */
export function preflightLeak(items: readonly PreflightItem[], caseReference: string | null, profile: Profile): string | null {
  if (caseReference) {
    const hit = leakIn(caseReference, profile, null);
    if (hit) return `de naam van de zaak noemt ${hit}`;
  }
  for (const it of items) {
    const checks: [string, string][] = [['metadata.json', it.metadataJson], ['annotation.json', it.annotationJson], ['het logboek', it.custody.join('\n')]];
    for (const [file, text] of checks) {
      const hit = leakIn(text, profile, it.metadata);
      if (hit) return `${file} van item ${it.number} noemt ${hit}`;
    }
  }
  return null;
}

/** Onder nummer: nothing that would go into the bundle as text may name the officer; checked before a byte is written. */
export async function refuseLeaks(db: SchildwachtDB, items: readonly ExportItem[], caseReference: string | null, profile: Profile, choice: OnderNummer): Promise<void> {
  // A name blacked out in the screenshot but still in the post's quoted text would only look removed.
  for (const [i, x] of items.entries()) {
    const inText = blacksOutInPost(x.item, choice) ? leakIn(x.item.metadata.text, profile, null) : null;
    if (inText) throw new Error(`Export onder nummer gestopt: het bericht van item ${i + 1} noemt zelf ${inText}, en de tekst van het bericht staat letterlijk in de bijlage. Laat die naam staan als bewijs, of exporteer dit item niet onder nummer. Er is niets geëxporteerd.`);
  }
  const custody = await custodyOf(db, items.map((x) => x.item.id));
  const pre = items.map((x, i) => ({
    number: i + 1, metadata: x.item.metadata, metadataJson: JSON.stringify(x.item.metadata),
    annotationJson: JSON.stringify(toAnnotationFile(x.item.id, x.annotation)),
    custody: custody.filter((e) => e.itemId === x.item.id).map((e) => e.detail),
  }));
  const leak = preflightLeak(pre, caseReference, profile);
  if (leak) throw new Error(`Export onder nummer gestopt: ${leak}. Er is niets geëxporteerd; pas dit aan of exporteer dit item niet onder nummer.`);
}
