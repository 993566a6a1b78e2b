import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Composer pages built with the real editor engines (tests/fixtures/engines/), bundled with esbuild
 * when a test first asks for them and served under the platforms' real hosts.
 */
export const enginePages = {
  'x.com': 'x-draft',
  'www.facebook.com': 'facebook-lexical',
  'www.instagram.com': 'instagram-lexical',
  'bsky.app': 'bluesky-tiptap',
  'www.linkedin.com': 'linkedin-quill',
  'mastodon.social': 'mastodon-react',
  'www.youtube.com': 'youtube-plain',
} as const;
export type EngineHost = keyof typeof enginePages;

const bundles = new Map<string, Promise<string>>();

export function bundleEngine(name: string): Promise<string> {
  let js = bundles.get(name);
  if (!js) {
    js = build({
      entryPoints: [`tests/fixtures/engines/${name}.ts`], bundle: true, write: false, format: 'iife', minify: true,
      target: 'chrome120', define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' }, logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text);
    bundles.set(name, js);
  }
  return js;
}

export const engineShell = (name: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title></head><body><script src="/__engine.js"></script></body></html>`;

/** Serves each engine page under its host (routes added later win over the harness's catch-all). */
export async function serveEngines(context: BrowserContext, hosts: readonly EngineHost[] = Object.keys(enginePages) as EngineHost[]) {
  for (const host of hosts) {
    const name = enginePages[host];
    const js = await bundleEngine(name);
    await context.route(`https://${host}/**`, (route) => {
      const script = new URL(route.request().url()).pathname === '/__engine.js';
      return route.fulfill({
        status: 200, body: script ? js : engineShell(name),
        contentType: script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
        headers: { date: new Date().toUTCString() },
      });
    });
  }
}

/** One composer on an engine page: where to type, and how the page sends. */
export interface Engine {
  name: string;
  url: string;
  editor: string;
  /** The page's send button, or null where only a key sends. */
  button: string | null;
  /** The key that sends, if any, and what the page records for it. */
  key?: { press: string; via: string };
  /** Paragraphs are typed with Enter (not where Enter sends). */
  multiline: boolean;
}

export const engines: Engine[] = [
  { name: 'Draft.js (x.com)', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', button: '[data-testid="tweetButtonInline"]', key: { press: 'Control+Enter', via: 'mod-enter' }, multiline: true },
  { name: 'Lexical (facebook.com post)', url: 'https://www.facebook.com/', editor: '#post', button: '#post-send', multiline: true },
  { name: 'Lexical (facebook.com comment)', url: 'https://www.facebook.com/', editor: '#comment', button: null, key: { press: 'Enter', via: 'enter' }, multiline: false },
  { name: 'Lexical (instagram.com caption)', url: 'https://www.instagram.com/', editor: '#caption', button: '#share', multiline: true },
  { name: 'TipTap (bsky.app)', url: 'https://bsky.app/', editor: '.ProseMirror', button: '[data-testid="composerPublishBtn"]', key: { press: 'Control+Enter', via: 'mod-enter' }, multiline: true },
  { name: 'Quill (linkedin.com)', url: 'https://www.linkedin.com/feed/', editor: '.share-box .ql-editor', button: '.share-actions__primary-action', key: { press: 'Control+Enter', via: 'mod-enter' }, multiline: true },
  { name: 'React textarea (mastodon.social)', url: 'https://mastodon.social/home', editor: 'textarea', button: 'button[type="submit"]', key: { press: 'Control+Enter', via: 'mod-enter' }, multiline: true },
  { name: 'contenteditable (youtube.com)', url: 'https://www.youtube.com/watch?v=abc', editor: '#contenteditable-root', button: '#submit-button button', multiline: true },
];

/** What the composer's engine model holds now (what the page would send). */
export const model = (page: Page, e: Engine) =>
  page.evaluate((sel) => {
    const w = window as unknown as { __model: Record<string, () => string> };
    const el = document.querySelector(sel)!;
    const name = Object.keys(w.__model).find((k) => el.getAttribute('aria-label') === k || el.id === k) ?? Object.keys(w.__model)[0]!;
    return w.__model[name]!();
  }, e.editor);
