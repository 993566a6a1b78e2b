import { z } from 'zod';
import type { OnlineResult } from '../evidence/takedown';
import type { AvailabilitySpec, SiteAdapter } from './types';

/** What the online check reads from the opened page (bounded: the posts' first words and the page's first text). */
export const pageProbeSchema = z.object({
  title: z.string().max(500),
  text: z.string().max(5_000),
  posts: z.array(z.object({ postId: z.string().max(200).nullable(), permalink: z.string().max(5_000).nullable(), text: z.string().max(300) })).max(200),
});
export type PageProbe = z.infer<typeof pageProbeSchema>;

/** The item that should still be there. */
export interface Wanted { postId: string | null; permalink: string | null; text: string }

const TEXT = 5_000;
const POST_TEXT = 300;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads a page for the check: its title, the start of its text, and the posts the site file finds. */
export function probePage(doc: Document, site: SiteAdapter | null): PageProbe {
  const posts = site?.posts
    ? [...doc.querySelectorAll(site.posts.post)].slice(0, 200).map((el) => {
      const info = site.posts!.extract(el, doc.location?.href ?? '');
      return { postId: info.postId, permalink: info.permalink, text: flat(info.text).slice(0, POST_TEXT) };
    })
    : [];
  return { title: doc.title.slice(0, 500), text: flat(doc.body?.innerText ?? doc.body?.textContent ?? '').slice(0, TEXT), posts };
}

/**
 * Present when the page shows the same post (same id, else the same first words); removed when it
 * shows the platform's removed or not-found page; otherwise it cannot tell (a login wall, a page
 * without the post). Never "removed" on a guess.
 */
export function judge(probe: PageProbe, spec: AvailabilitySpec | undefined, want: Wanted): { result: OnlineResult; reason: string } {
  const wantText = flat(want.text).slice(0, POST_TEXT);
  if (want.postId && probe.posts.some((p) => p.postId === want.postId)) return { result: 'online', reason: `het bericht staat er nog (bericht-id ${want.postId})` };
  if (wantText.length >= 20 && probe.posts.some((p) => p.text.startsWith(wantText.slice(0, 120)))) return { result: 'online', reason: 'het bericht staat er nog (zelfde tekst)' };
  const page = `${probe.title}\n${probe.text}`;
  if (spec?.removed.test(page)) return { result: 'verwijderd', reason: `het platform toont dat het bericht weg is: "${match(page, spec.removed)}"` };
  if (spec?.loginWall.test(page)) return { result: 'onbekend', reason: `inlogscherm: "${match(page, spec.loginWall)}"` };
  return { result: 'onbekend', reason: probe.posts.length ? 'dit bericht staat niet op de pagina (andere berichten wel)' : 'geen bericht op de pagina gevonden' };
}

function match(text: string, re: RegExp): string {
  return (re.exec(text)?.[0] ?? '').slice(0, 100);
}
