import { z } from 'zod';

/**
 * A page can change a post at the moment it is captured: it sees the officer's pointerdown on the
 * capture button before the extension does, swaps the text and puts it back afterwards. So the
 * post is read before the pointer reached the button (when it was hovered or right-clicked, else
 * when the button was shown), at capture, and again after the pixels were taken.
 */
export const readingMoments = ['shown', 'hover', 'capture', 'after'] as const;
export const readingSchema = z.object({ at: z.enum(readingMoments), text: z.string().max(2_000_000) });
export type Reading = z.infer<typeof readingSchema>;

/** metadata.json's record of a change: every reading, in order; the stored `text` is the capture's. */
export const pageChangedSchema = z.object({ readings: z.array(readingSchema).min(2).max(4) });
export type PageChanged = z.infer<typeof pageChangedSchema>;

/** The readings when any differs from the capture's, else null (nothing changed that could be seen). */
export function pageChange(capture: string, before: Reading | null | undefined, after: string | null): PageChanged | null {
  const readings: Reading[] = [
    ...(before ? [before] : []),
    { at: 'capture', text: capture },
    ...(after !== null ? [{ at: 'after' as const, text: after }] : []),
  ];
  return readings.some((r) => r.text !== capture) ? { readings } : null;
}
