import type { SourceKind } from './sources';

/** One fictional web page shipped inside the extension (public/demo/). */
export interface DemoPage {
  /** Path inside the extension, without leading slash. */
  path: string;
  kind: SourceKind;
  /** Whether the persona appears on it (the neutral page shows a zero score). */
  aboutPersona: boolean;
}

/** The demo pages in the order a trainer walks through them: name first, front door last. */
export const demoPages: readonly DemoPage[] = [
  { path: 'demo/social.html', kind: 'social', aboutPersona: true },
  { path: 'demo/club.html', kind: 'sports_club', aboutPersona: true },
  { path: 'demo/news.html', kind: 'news', aboutPersona: true },
  { path: 'demo/register.html', kind: 'business_register', aboutPersona: true },
  { path: 'demo/run.html', kind: 'sports_tracking', aboutPersona: true },
  { path: 'demo/recipe.html', kind: 'other', aboutPersona: false },
];

/** The demo page a URL points at, if it is one of ours (same extension origin). */
export function demoPageFor(url: string, extensionOrigin: string): DemoPage | null {
  if (!url.startsWith(extensionOrigin)) return null;
  const path = url.slice(extensionOrigin.length).replace(/^\/+/, '').split(/[?#]/)[0];
  return demoPages.find((p) => p.path === path) ?? null;
}
