import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

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

const shell = (name: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title></head><body><script src="/__engine.js"></script></body></html>`;

/** Serves each engine page under its host (routes added later win over the harness's catch-all). */
export async function serveEngines(context: BrowserContext, hosts: readonly EngineHost[] = Object.keys(enginePages) as EngineHost[]) {
  for (const host of hosts) {
    const name = enginePages[host];
    const js = await bundleEngine(name);
    await context.route(`https://${host}/**`, (route) => {
      const script = new URL(route.request().url()).pathname === '/__engine.js';
      return route.fulfill({
        status: 200, body: script ? js : shell(name),
        contentType: script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
        headers: { date: new Date().toUTCString() },
      });
    });
  }
}
