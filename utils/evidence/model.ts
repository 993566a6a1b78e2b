import { z } from 'zod';
import { mediaKinds, platforms } from '../sites/types';
import { pageChangedSchema } from './page-change';
import { type Offence, offences } from './offences';

export { type Offence, offences };
export const offenceArticle: Record<Offence, string> = {
  bedreiging: 'art. 285 Sr', belediging: 'art. 266 jo. 267 Sr', smaad: 'art. 261 Sr', laster: 'art. 262 Sr', doxing: 'art. 285d Sr',
  opruiing: 'art. 131 Sr', belaging: 'art. 285b Sr', dwang: 'art. 284 Sr', identiteitsfraude: 'art. 231b Sr', anders: '',
};

/**
 * Where an item's pictures come from: 'browser' is the browser's own screen pixels
 * (tabs.captureVisibleTab); 'html2canvas' is a reconstruction rendered from the page's DOM, where the
 * browser gives no pixels (Firefox for Android).
 */
export const pixelSources = ['browser', 'html2canvas'] as const;
export type PixelsFrom = (typeof pixelSources)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const fileEntrySchema = z.object({ sha256, size: z.number().int().nonnegative() });
export type FileEntry = z.infer<typeof fileEntrySchema>;

/** Artefact file names inside an item (shared/evidence-bundle.md). */
export const fileName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/);

/**
 * Where a chat message stands and what it carries (Telegram): channel or group, forwarded-from,
 * media. Optional in metadata.json: items of other platforms, and older items, have none.
 */
export const postContextSchema = z.object({
  channel: z.object({ name: z.string().max(1_000).nullable(), id: z.string().max(200).nullable() }).nullable(),
  forwardedFrom: z.string().max(1_000).nullable(),
  media: z.array(z.object({ kind: z.enum(mediaKinds), name: z.string().max(1_000).nullable() })).max(100),
});

/**
 * metadata.json of one captured item, as fixed by shared/evidence-bundle.md.
 * Written once at capture; never changed afterwards (notes and offence are separate records).
 */
export const metadataSchema = z.object({
  id: z.string().uuid(),
  url: z.string().url(),
  permalink: z.string().url().nullable(),
  platform: z.enum(platforms),
  pageTitle: z.string(),
  author: z.object({
    name: z.string().nullable(),
    handle: z.string().nullable(),
    profileUrl: z.string().url().nullable(),
    accountId: z.string().nullable(),
  }),
  postId: z.string().nullable(),
  postedAt: z.object({ shown: z.string().nullable(), parsed: z.string().datetime({ offset: true }).nullable() }),
  text: z.string(),
  /** Channel or group, forwarded-from and media of a chat message (see postContextSchema). */
  context: postContextSchema.optional(),
  capturedAt: z.string().datetime({ precision: 3 }),
  timeZone: z.string(),
  localTime: z.string(),
  /** The page response's HTTP Date header: a second clock, when the page had one. */
  serverDate: z.string().nullable(),
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
  devicePixelRatio: z.number().positive(),
  userAgent: z.string(),
  browserVersion: z.string(),
  extensionVersion: z.string(),
  /** The whole page, because no single post was recognised (context menu on a page). */
  wholePage: z.boolean(),
  files: z.record(fileName, fileEntrySchema),
  /** "Pagina veranderde tijdens vastleggen": the post read differently around the capture (utils/evidence/page-change.ts). */
  pageChanged: pageChangedSchema.nullable().optional(),
  /** Screen pixels or a reconstruction (see pixelSources). Items captured before it was recorded have none: browser pixels. */
  pixelsFrom: z.enum(pixelSources).optional(),
});
export type Metadata = z.infer<typeof metadataSchema>;

/** The officer's own, later additions to an item; kept apart from the original. */
export const annotationSchema = z.object({
  itemId: z.string().uuid(),
  notes: z.string().max(20_000),
  offence: z.enum(offences).nullable(),
  /** For the statement (geweld tegen politieambtenaren): how the post relates to the officer's work. */
  workRelation: z.string().max(5_000).default(''),
  /** How the officer learned of the post. */
  learnedHow: z.string().max(5_000).default(''),
  /** What it did to the officer: fear, measures taken. */
  impact: z.string().max(5_000).default(''),
  updatedAt: z.string().datetime(),
});
export type Annotation = z.infer<typeof annotationSchema>;
