import type { StoredItem } from '../db';
import type { Box } from './redact-png';

/**
 * An export "onder nummer": the suspect and the defence read the dossier, so nothing in it may
 * name the officer. The officer's choice per occurrence of their own name or handle inside a
 * post (evidence): the indexes of item.redact boxes to keep visible, by item id.
 */
export interface OnderNummer { keep: Record<string, number[]> }

/** Originals that can show the officer: the full screenshot and the page archive (the page's scripts carry the account). */
export const ALWAYS_WITHHELD = ['screenshot.png', 'page.mhtml'] as const;
export const DERIVED_SCREENSHOT = 'screenshot-onder-nummer.png';

/** For one item: which stored files stay out, and which boxes of the screenshot are blacked out. */
export function withheldPlan(item: StoredItem, o: OnderNummer): { withhold: Set<string>; boxes: Box[] } {
  const keep = new Set(o.keep[item.id] ?? []);
  const boxes = (item.redact ?? []).filter((r, i) => !(r.inPost && keep.has(i))).map(({ x, y, width, height }) => ({ x, y, width, height }));
  // post.png shows the post itself: when an own name in it is blacked out, the unblacked post.png must stay out too.
  const postRedacted = (item.redact ?? []).some((r, i) => r.inPost && !keep.has(i));
  return { withhold: new Set([...ALWAYS_WITHHELD, ...(postRedacted ? ['post.png'] : [])]), boxes };
}
