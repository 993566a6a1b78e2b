import { z } from 'zod';
import { type Category, categories } from './detect/types';
import { captureResultSchema, captureTargetSchema, captureTriggers, sliceSchema } from './evidence/capture-target';
import { renderedPngSchema } from './evidence/rendered';
import { onlineResults } from './evidence/takedown';
import { MAX_CHECK_TEXT } from './guard/checker';
import { platforms } from './sites/types';
import { UI_TAG } from './ui-tag';

/**
 * The one message protocol between content scripts, extension pages and the
 * background. Every message is declared here once, as a zod schema; the
 * protocol types are derived from these schemas. Blobs never cross a message:
 * the background captures, hashes and stores them itself. The one exception is
 * captureRender below, where the browser has no pixels to give.
 */
export const messageSchemas = {
  /** Evidence capture of a post (or the whole page): the content script sends what it measured; the tab is the sender's. */
  capturePost: z.object({ type: z.literal('capturePost'), target: captureTargetSchema }),
  /** Evidence capture of a tab's page, from the popup. */
  captureTab: z.object({ type: z.literal('captureTab'), tabId: z.number().int().nonnegative() }),
  /** Open the evidence locker (optionally at one item), e.g. from the capture confirmation in a page. */
  openLocker: z.object({ type: z.literal('openLocker'), itemId: z.string().uuid().nullable() }),
  getSiteStatus: z.object({ type: z.literal('getSiteStatus'), url: z.string().url() }),
  /** The capture script in a page asks which platform its own page is (settings are not readable from pages). */
  captureSite: z.object({ type: z.literal('captureSite') }),
  /** The guard in a page switches itself off for its own site ("Niet op deze site"). */
  setGuardOff: z.object({ type: z.literal('setGuardOff'), host: z.string().min(1).max(253) }),
  /** The guard in a page asks whether it is on for its own page (the background reads the sender's URL, never one sent). */
  guardConfig: z.object({ type: z.literal('guardConfig') }),
  /** The guard in a page got a photo: load the EXIF reader into its frame (kept out of the script every page loads). */
  loadPhotoReader: z.object({ type: z.literal('loadPhotoReader') }),
  /** The guard in a page has a composer's text checked against the officer's profile in the background. */
  checkText: z.object({
    type: z.literal('checkText'),
    text: z.string().max(MAX_CHECK_TEXT, `Tekst te lang om te controleren (meer dan ${MAX_CHECK_TEXT} tekens)`),
  }),
  /** Exposure scan of a tab (findability): the popup, the demo index or the self-search page asks. */
  scanTab: z.object({ type: z.literal('scanTab'), tabId: z.number().int().nonnegative() }),
  /** Takedown follow-up, from the locker: open the item's URL in a background tab and see whether the post is still there. */
  checkOnline: z.object({ type: z.literal('checkOnline'), itemId: z.string().uuid() }),
  /** Capture again the page a check found the post on (the tab it left open), linked to the first capture. */
  recapture: z.object({ type: z.literal('recapture'), itemId: z.string().uuid() }),
} as const;

export const responseSchemas = {
  capturePost: captureResultSchema,
  captureTab: captureResultSchema,
  openLocker: z.object({ opened: z.boolean() }),
  setGuardOff: z.object({ off: z.literal(true) }),
  guardConfig: z.object({ platform: z.string().nullable(), active: z.boolean(), tag: z.string().regex(UI_TAG), discreet: z.boolean() }),
  loadPhotoReader: z.object({ loaded: z.literal(true) }),
  checkText: z.object({
    findings: z.array(z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      category: z.enum(categories as unknown as [Category, ...Category[]]),
      text: z.string(),
    })).max(MAX_CHECK_TEXT),
  }),
  captureSite: z.object({ platform: z.enum(platforms), tag: z.string().regex(UI_TAG), discreet: z.boolean() }),
  getSiteStatus: z.object({
    platform: z.string().nullable(),
    guardActive: z.boolean(),
    captureActive: z.boolean(),
  }),
  scanTab: z.object({
    mode: z.enum(['trainer', 'self']),
    url: z.string(),
    title: z.string(),
    /** Every finding on the page, and how many were the persona's or officer's own terms. */
    findings: z.number().int().nonnegative(),
    personal: z.number().int().nonnegative(),
    score: z.number().int().min(0).max(100),
    truncated: z.boolean(),
  }),
  checkOnline: z.object({ result: z.enum(onlineResults), reason: z.string().max(500), at: z.string().datetime(), tabKept: z.boolean() }),
  recapture: captureResultSchema,
} satisfies { [K in keyof typeof messageSchemas]: z.ZodType };

export type MessageType = keyof typeof messageSchemas;
export type Message<T extends MessageType = MessageType> = z.infer<(typeof messageSchemas)[T]>;
export type Response<T extends MessageType> = z.infer<(typeof responseSchemas)[T]>;

export const anyMessage = z.discriminatedUnion(
  'type',
  Object.values(messageSchemas) as unknown as [z.ZodObject<{ type: z.ZodLiteral<MessageType> }>],
);

/**
 * Messages the background sends INTO a tab, to the capture content script
 * (`entrypoints/capture.content/`): measure the post to capture (hiding Schildwacht's own
 * buttons), then report how the capture went.
 */
export const captureTabMessageSchemas = {
  capturePrepare: z.object({ type: z.literal('capturePrepare'), trigger: z.enum(captureTriggers) }),
  captureFinished: z.object({ type: z.literal('captureFinished'), result: captureResultSchema }),
  /** A post taller than the viewport is captured in slices: scroll on by `by` CSS px and measure again. */
  captureScroll: z.object({ type: z.literal('captureScroll'), by: z.number().positive().max(100_000) }),
  /** After the pixels: read the captured post once more (a page that swapped it meanwhile is caught). */
  captureReread: z.object({ type: z.literal('captureReread') }),
  /**
   * Only where the browser gives no pixels (no tabs.captureVisibleTab, as on Firefox for Android):
   * render the viewport, or the whole post being captured, with html2canvas. The one place pixels
   * come from the page; the answer is a reconstruction, labelled so (metadata.json `pixelsFrom`).
   */
  captureRender: z.object({ type: z.literal('captureRender'), region: z.enum(['viewport', 'post']) }),
} as const;

export const captureTabResponseSchemas = {
  capturePrepare: captureTargetSchema,
  captureFinished: z.object({ shown: z.boolean() }),
  captureScroll: sliceSchema,
  captureReread: z.object({ text: z.string().max(2_000_000).nullable() }),
  captureRender: z.object({ png: renderedPngSchema }),
} satisfies { [K in keyof typeof captureTabMessageSchemas]: z.ZodType };

/**
 * The guard's dialog frame (entrypoints/guard-dialog/, an extension page in a fixed-size iframe) and
 * the guard in the page talk over a MessageChannel port: the dialog to show in, the officer's choice out.
 */
export const dialogSpecSchema = z.object({
  title: z.string().max(500),
  intro: z.string().max(2_000),
  items: z.array(z.object({ label: z.string().max(200), text: z.string().max(2_000) })).max(500),
  note: z.string().max(2_000).optional(),
  actions: z.array(z.object({ id: z.string().max(40), label: z.string().max(200), kind: z.enum(['primary', 'quiet']).optional() })).min(1).max(8),
  cancel: z.string().max(40),
});
export const dialogPortSchemas = {
  show: z.object({ type: z.literal('show'), spec: dialogSpecSchema }),
  ready: z.object({ type: z.literal('ready') }),
  /** Drawn: the guard now gives the frame the focus (the dialog's first button has it inside). */
  shown: z.object({ type: z.literal('shown') }),
  action: z.object({ type: z.literal('action'), id: z.string().max(40) }),
} as const;

/** The background tells the guard in every tab that the settings or profile changed (nothing else is in it). */
export const guardTabMessageSchemas = {
  guardChanged: z.object({ type: z.literal('guardChanged') }),
} as const;

export const anyCaptureTabMessage = z.discriminatedUnion('type', [
  captureTabMessageSchemas.capturePrepare, captureTabMessageSchemas.captureFinished, captureTabMessageSchemas.captureScroll,
  captureTabMessageSchemas.captureReread, captureTabMessageSchemas.captureRender,
]);

/** Who sent a message, as the browser reports it (runtime.MessageSender subset). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number };
  frameId?: number;
}

/** Which kinds of sender may send a message: extension pages, content scripts in a tab, or both. */
export type SenderKind = 'page' | 'content';
export const allowedSenders: { [K in MessageType]: readonly SenderKind[] } = {
  capturePost: ['content'],
  captureTab: ['page'],
  openLocker: ['content', 'page'],
  getSiteStatus: ['page'],
  captureSite: ['content'],
  setGuardOff: ['content'],
  guardConfig: ['content'],
  loadPhotoReader: ['content'],
  checkText: ['content'],
  scanTab: ['page'],
  checkOnline: ['page'],
  recapture: ['page'],
};

export function senderKind(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

export type Handlers = {
  [K in MessageType]: (msg: Message<K>, sender: Sender) => Promise<Response<K>>;
};

export class MessageError extends Error {}

/**
 * Parses an incoming message, checks its sender and runs its handler. Throws a
 * MessageError on an unknown message, a malformed one or a sender that may not send it.
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Sender,
  self: { id: string; origin: string },
): Promise<unknown> {
  const parsed = anyMessage.safeParse(raw);
  if (!parsed.success) throw new MessageError(`Ongeldig bericht: ${parsed.error.issues[0]?.message ?? ''}`);
  const type = parsed.data.type as MessageType;
  const msg = messageSchemas[type].parse(raw);
  const kind = senderKind(sender, self.id, self.origin);
  if (!kind || !allowedSenders[type].includes(kind)) throw new MessageError(`Afzender niet toegestaan voor ${type}`);
  const handler = handlers[type] as (m: typeof msg, s: Sender) => Promise<unknown>;
  return responseSchemas[type].parse(await handler(msg, sender));
}

/** Sends a typed message through a runtime-like object and validates the answer. */
export async function send<T extends MessageType>(
  runtime: { sendMessage(message: unknown): Promise<unknown> },
  message: NoInfer<Message<T>> & { type: T },
): Promise<Response<T>> {
  const answer = await runtime.sendMessage(message);
  const failure = z.object({ error: z.string() }).safeParse(answer);
  if (failure.success) throw new MessageError(failure.data.error);
  return responseSchemas[message.type as T].parse(answer) as Response<T>;
}

/**
 * Messages the background sends INTO a tab, to the findability agent
 * (`entrypoints/findability-agent.ts`, also loaded by the demo pages): read the
 * page's text, then mark the findings. Only offsets and categories go into the
 * page, never the officer's terms.
 */
export const agentMessageSchemas = {
  agentRead: z.object({ type: z.literal('agentRead') }),
  agentMark: z.object({
    type: z.literal('agentMark'),
    mode: z.enum(['trainer', 'self']),
    tag: z.string().regex(UI_TAG),
    marks: z.array(z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      category: z.string().max(40),
    })).max(50_000),
  }),
} as const;

export const agentResponseSchemas = {
  agentRead: z.object({ url: z.string().min(1), title: z.string(), text: z.string(), truncated: z.boolean() }),
  agentMark: z.object({ marked: z.number().int().nonnegative() }),
} satisfies { [K in keyof typeof agentMessageSchemas]: z.ZodType };
