import { adapterFor } from '../sites/index';
import { hostMatches } from '../sites/types';
import { demoPageFor } from './demo';

/** What kind of source a scanned page is; the advice per source depends on it. */
export const sourceKinds = [
  'social', 'sports_club', 'news', 'business_register', 'sports_tracking', 'search', 'public_record', 'directory', 'other',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

const known: { kind: SourceKind; hosts: readonly string[] }[] = [
  { kind: 'sports_tracking', hosts: ['strava.com', 'garmin.com', 'runkeeper.com', 'komoot.com', 'relive.cc', 'polar.com', 'suunto.com'] },
  // Registers kept by law; oozo.nl (a neighbourhood news site) is none of these and counts as a website.
  { kind: 'business_register', hosts: ['kvk.nl', 'openkvk.nl', 'opencorporates.com', 'bedrijvenregister.nl'] },
  { kind: 'public_record', hosts: ['officielebekendmakingen.nl', 'overheid.nl', 'kadaster.nl'] },
  /** Commercial phone directories: not a public record, removal on request. */
  { kind: 'directory', hosts: ['detelefoongids.nl', 'telefoonboek.nl', 'gouden-gids.nl', 'goudengids.nl'] },
  { kind: 'search', hosts: ['google.com', 'google.nl', 'bing.com', 'duckduckgo.com', 'startpage.com', 'ecosia.org'] },
  {
    kind: 'news',
    hosts: ['nu.nl', 'nos.nl', 'ad.nl', 'telegraaf.nl', 'volkskrant.nl', 'nrc.nl', 'trouw.nl', 'parool.nl', 'rtl.nl',
      'rtvutrecht.nl', 'dvhn.nl', 'lc.nl', 'ed.nl', 'bndestem.nl', 'tubantia.nl', 'gelderlander.nl', 'destentor.nl',
      'pzc.nl', 'nhnieuws.nl', 'rtvoost.nl', 'rtvnoord.nl', 'omroepbrabant.nl', 'omroepwest.nl', 'rijnmond.nl',
      'l1.nl', 'omroepgelderland.nl', 'omroepzeeland.nl', 'omroepflevoland.nl', 'noordhollandsdagblad.nl', 'limburger.nl'],
  },
];

/** Sports clubs rarely share a platform; their own domains often start with the club type. */
const CLUB_HOST = /^(www\.)?(vv|sv|rkvv|hv|hc|kv|zv|av|tc|ltc|mhc|cvv|fc|rksv|vvv)[a-z0-9-]*\.nl$/;

export function classifySource(url: string, extensionOrigin: string): SourceKind {
  const demo = demoPageFor(url, extensionOrigin);
  if (demo) return demo.kind;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  if (adapterFor(host)) return 'social';
  const hit = known.find((k) => hostMatches(host, k.hosts));
  if (hit) return hit.kind;
  return CLUB_HOST.test(host) ? 'sports_club' : 'other';
}
