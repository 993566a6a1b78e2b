/**
 * Guided self-search: the searches Schildwacht composes for terms the officer
 * picked. Composing makes no request; a search opens only when the officer clicks it.
 */
export type SearchGroup = 'engine' | 'social' | 'public' | 'image' | 'place';

export interface SearchLink {
  id: string;
  group: SearchGroup;
  /** The service's own name (not translated). */
  name: string;
  /** True when the service has no search of its own and Google searches its site. */
  viaGoogle: boolean;
  url: string;
}

export const MAX_SEARCH_TERMS = 8;
export const MAX_QUERY_LENGTH = 400;

type Service = { id: string; group: SearchGroup; name: string; url: string; quoted: boolean } | {
  id: string; group: SearchGroup; name: string; site: string;
} | { id: string; group: SearchGroup; name: string; page: string };

const services: readonly Service[] = [
  { id: 'google', group: 'engine', name: 'Google', url: 'https://www.google.com/search?q=', quoted: true },
  { id: 'google-images', group: 'engine', name: 'Google Afbeeldingen', url: 'https://www.google.com/search?tbm=isch&q=', quoted: true },
  { id: 'bing', group: 'engine', name: 'Bing', url: 'https://www.bing.com/search?q=', quoted: true },
  { id: 'duckduckgo', group: 'engine', name: 'DuckDuckGo', url: 'https://duckduckgo.com/?q=', quoted: true },
  { id: 'startpage', group: 'engine', name: 'Startpage', url: 'https://www.startpage.com/do/search?query=', quoted: true },
  { id: 'facebook', group: 'social', name: 'Facebook', url: 'https://www.facebook.com/search/top?q=', quoted: false },
  { id: 'instagram', group: 'social', name: 'Instagram', site: 'instagram.com' },
  { id: 'x', group: 'social', name: 'X', url: 'https://x.com/search?f=live&q=', quoted: true },
  { id: 'linkedin', group: 'social', name: 'LinkedIn', url: 'https://www.linkedin.com/search/results/all/?keywords=', quoted: false },
  { id: 'tiktok', group: 'social', name: 'TikTok', url: 'https://www.tiktok.com/search?q=', quoted: false },
  { id: 'youtube', group: 'social', name: 'YouTube', url: 'https://www.youtube.com/results?search_query=', quoted: true },
  { id: 'reddit', group: 'social', name: 'Reddit', url: 'https://www.reddit.com/search/?q=', quoted: true },
  { id: 'bluesky', group: 'social', name: 'Bluesky', url: 'https://bsky.app/search?q=', quoted: false },
  { id: 'strava', group: 'social', name: 'Strava', url: 'https://www.strava.com/athletes/search?text=', quoted: false },
  { id: 'kvk', group: 'public', name: 'KvK Handelsregister', url: 'https://www.kvk.nl/zoeken/?source=all&q=', quoted: false },
  { id: 'news', group: 'public', name: 'Google Nieuws', url: 'https://news.google.com/search?hl=nl&gl=NL&ceid=NL:nl&q=', quoted: true },
  { id: 'bekendmakingen', group: 'public', name: 'Officiële bekendmakingen', site: 'officielebekendmakingen.nl' },
  { id: 'telefoongids', group: 'public', name: 'De Telefoongids', site: 'detelefoongids.nl' },
  { id: 'oozo', group: 'public', name: 'Oozo', site: 'oozo.nl' },
  // A photo of the officer: the officer uploads it on the service's own page (nothing is sent from here).
  { id: 'google-lens', group: 'image', name: 'Google Lens', page: 'https://lens.google.com/' },
  { id: 'tineye', group: 'image', name: 'TinEye', page: 'https://tineye.com/' },
  { id: 'bing-visual', group: 'image', name: 'Bing Visual Search', page: 'https://www.bing.com/visualsearch' },
  // The home as a stranger finds it: the map and Street View for the picked street and town.
  { id: 'maps', group: 'place', name: 'Google Maps en Street View', url: 'https://www.google.com/maps/search/?api=1&query=', quoted: false },
];

/** Cleans the officer's chosen terms: trimmed, no quotes, no doubles, bounded. */
export function cleanTerms(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of terms) {
    const term = raw.replace(/["\u201c\u201d]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
    if (term && !out.some((t) => t.toLowerCase() === term.toLowerCase())) out.push(term);
  }
  return out.slice(0, MAX_SEARCH_TERMS);
}

/** The query text: each multi-word term as one exact phrase when the service supports it. */
export function composeQuery(terms: readonly string[], quoted = true): string {
  const parts = cleanTerms(terms).map((t) => (quoted && t.includes(' ') ? `"${t}"` : t));
  return parts.join(' ').slice(0, MAX_QUERY_LENGTH);
}

/** Every search for the chosen terms; none when no term was chosen. */
export function composeSearches(terms: readonly string[]): SearchLink[] {
  if (!cleanTerms(terms).length) return [];
  return services.map((s) => {
    if ('page' in s) return { id: s.id, group: s.group, name: s.name, viaGoogle: false, url: s.page };
    if ('site' in s) {
      const q = `${composeQuery(terms)} site:${s.site}`;
      return { id: s.id, group: s.group, name: s.name, viaGoogle: true, url: `https://www.google.com/search?q=${encodeURIComponent(q)}` };
    }
    return { id: s.id, group: s.group, name: s.name, viaGoogle: false, url: s.url + encodeURIComponent(composeQuery(terms, s.quoted)) };
  });
}
