import { z } from 'zod';
import { platforms } from '../sites/types';
import { metadataSchema } from './model';
import { readingSchema } from './page-change';

/** A box in CSS pixels of the viewport (as `getBoundingClientRect` gives it). */
export const rectSchema = z.object({
  x: z.number().finite(), y: z.number().finite(),
  width: z.number().finite().nonnegative(), height: z.number().finite().nonnegative(),
});
export type Rect = z.infer<typeof rectSchema>;

/** Rows of the viewport (CSS px from its top) where the post itself is visible, between sticky bars. */
export const bandSchema = z.object({ top: z.number().finite(), bottom: z.number().finite() }).refine((b) => b.bottom > b.top);
export type Band = z.infer<typeof bandSchema>;

/** What an extractor reads from a post; the same fields metadata.json holds. */
export const postInfoSchema = metadataSchema.pick({ author: true, postId: true, permalink: true, postedAt: true, text: true, context: true })
  .extend({ text: z.string().max(2_000_000) });

const labelled = z.object({ t: z.string().max(300), r: rectSchema });

/**
 * What the viewport shows that could name the officer, measured without knowing who the officer is
 * (the profile never enters the page): the platform's logged-in-account regions, every visible word,
 * and the labels of images and labelled elements (alt, aria-label, data-testid). The background
 * matches these against the profile (utils/evidence/identity.ts).
 */
export const identitySchema = z.object({
  regions: z.array(rectSchema).max(200),
  words: z.array(labelled).max(20_000),
  labels: z.array(labelled).max(3_000),
});
export type IdentityScan = z.infer<typeof identitySchema>;

/**
 * What the content script tells the background about the page and the post to capture, measured
 * right before the pixels are taken. The URL is not in here: the background takes it from the browser.
 */
export const captureTargetSchema = z.object({
  platform: z.enum(platforms),
  pageTitle: z.string().max(2_000),
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
  devicePixelRatio: z.number().positive(),
  /** performance.timeOrigin and the navigation's responseStart: which HTTP response made this document. */
  timeOrigin: z.number().nonnegative(),
  responseStart: z.number().nonnegative().nullable(),
  post: z.object({
    info: postInfoSchema,
    rect: rectSchema,
    /** The viewport rows no sticky header or footer covers: set when the post is taller than they are. */
    band: bandSchema.optional(),
    /** The post as read before the pointer reached the button (hovered or right-clicked), or when its button was shown. */
    before: readingSchema.nullable().optional(),
  }).nullable(),
  identity: identitySchema.optional(),
});
export type CaptureTarget = z.infer<typeof captureTargetSchema>;

export const captureFailures = ['tabClosed', 'tabHidden', 'pageChanged', 'notCapturable', 'storageFull', 'failed'] as const;
export type CaptureFailure = (typeof captureFailures)[number];

export const captureResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), itemId: z.string().uuid(), pageChanged: z.boolean().optional() }),
  z.object({ ok: z.literal(false), reason: z.enum(captureFailures), detail: z.string().max(500) }),
]);
export type CaptureResult = z.infer<typeof captureResultSchema>;

/** The answer to "scroll on" while a tall post is captured in slices. */
export const sliceSchema = z.object({ rect: rectSchema, band: bandSchema });

/** How a capture started, when the background starts it: which post the content script should pick. */
export const captureTriggers = ['contextmenu', 'pointer', 'page'] as const;
export type CaptureTrigger = (typeof captureTriggers)[number];
