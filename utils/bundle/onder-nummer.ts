import type { StoredItem } from '../db';
import { STAMP_CHAIN, STAMP_FILE } from '../evidence/capture-stamp';
import type { Box } from './redact-png';

/**
 * An export "onder nummer": the suspect and the defence read the dossier, so nothing in it may
 * name the officer. The officer's choice per occurrence of their own name or handle inside a
 * post (evidence): the indexes of item.redact boxes to keep visible, by item id.
 */
export interface OnderNummer { keep: Record<string, number[]> }

/**
 * What an export onder nummer may carry of a capture: the post alone, the frozen metadata and the
 * capture timestamp. Everything else can show the officer and is withheld: the full screenshot,
 * the page archive (page.mhtml, or page.html from Firefox: the page's scripts carry the account),
 * the viewport thumbnail, and any file a later version adds.
 */
const MAY_CARRY = new Set(['post.png', 'metadata.json', STAMP_FILE, STAMP_CHAIN]);
export const DERIVED_SCREENSHOT = 'screenshot-onder-nummer.png';

/** For one item: which stored files stay out, and which boxes of the screenshot are blacked out. */
export function withheldPlan(item: StoredItem, o: OnderNummer): { withhold: (name: string) => boolean; boxes: Box[] } {
  const keep = new Set(o.keep[item.id] ?? []);
  const boxes = (item.redact ?? []).filter((r, i) => !(r.inPost && keep.has(i))).map(({ x, y, width, height }) => ({ x, y, width, height }));
  // post.png shows the post itself: when an own name in it is blacked out, the unblacked post.png must stay out too.
  const postRedacted = (item.redact ?? []).some((r, i) => r.inPost && !keep.has(i));
  return { withhold: (name) => !MAY_CARRY.has(name) || (name === 'post.png' && postRedacted), boxes };
}

/** Whether the officer had an own name inside this item's post blacked out (the post's text still holds it). */
export function blacksOutInPost(item: StoredItem, o: OnderNummer): boolean {
  const keep = new Set(o.keep[item.id] ?? []);
  return (item.redact ?? []).some((r, i) => r.inPost && !keep.has(i));
}
