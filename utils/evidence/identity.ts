import type { Profile } from '../profile';
import type { IdentityScan, Rect } from './capture-target';

/** A box of the screenshot (device pixels) that shows the officer: their account, name or handle. */
export interface RedactRect { x: number; y: number; width: number; height: number; why: 'account' | 'name'; inPost: boolean }

const PAD = 2;
const norm = (w: string) => w.toLowerCase().normalize('NFC').replace(/^[^\p{L}\p{N}@_]+|[^\p{L}\p{N}_]+$/gu, '');
const handleOf = (h: string) => norm(h).replace(/^@/, '');

/** The officer's names as word sequences and handles without "@", lower-cased. */
export function ownIdentity(profile: Profile): { names: string[][]; handles: string[] } {
  const names = profile.terms.ownNames.map((n) => n.split(/\s+/).map(norm).filter(Boolean)).filter((n) => n.length);
  const handles = [...new Set(profile.accounts.map((a) => handleOf(a.handle)).filter((h) => h.length >= 3))];
  return { names, handles };
}

function union(rs: readonly Rect[]): Rect {
  const x = Math.min(...rs.map((r) => r.x));
  const y = Math.min(...rs.map((r) => r.y));
  return { x, y, width: Math.max(...rs.map((r) => r.x + r.width)) - x, height: Math.max(...rs.map((r) => r.y + r.height)) - y };
}

/** Word sequences equal to an own name, and words that are an own handle (with or without "@"). */
function nameMatches(words: IdentityScan['words'], own: ReturnType<typeof ownIdentity>): Rect[] {
  const tokens = words.map((w) => norm(w.t));
  const out: Rect[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (own.handles.includes(tokens[i]!.replace(/^@/, ''))) out.push(words[i]!.r);
    for (const name of own.names) {
      if (name.every((part, k) => tokens[i + k] === part)) out.push(union(words.slice(i, i + name.length).map((w) => w.r)));
    }
  }
  return out;
}

/** Labels (alt, aria-label, test ids) that hold an own handle or full name: avatars and profile links. */
function labelMatches(labels: IdentityScan['labels'], own: ReturnType<typeof ownIdentity>): Rect[] {
  const needles = [...own.handles, ...own.names.map((n) => n.join(' '))];
  return labels.filter((l) => { const t = l.t.toLowerCase(); return needles.some((n) => t.includes(n)); }).map((l) => l.r);
}

const inside = (r: Rect, box: Rect | null) => !!box && r.x + r.width / 2 >= box.x && r.x + r.width / 2 <= box.x + box.width
  && r.y + r.height / 2 >= box.y && r.y + r.height / 2 <= box.y + box.height;

/**
 * Where the screenshot shows the officer: the platform's account regions, and every word or label
 * that is an own name or handle. Inside the post such a match is evidence (the officer decides);
 * outside it, it is blacked out in an export onder nummer. CSS px in, device px out.
 */
export function identityRects(scan: IdentityScan, profile: Profile, post: Rect | null, dpr: number): RedactRect[] {
  const own = ownIdentity(profile);
  const found: { r: Rect; why: RedactRect['why'] }[] = [
    ...scan.regions.map((r) => ({ r, why: 'account' as const })),
    ...[...nameMatches(scan.words, own), ...labelMatches(scan.labels, own)].map((r) => ({ r, why: 'name' as const })),
  ];
  return found.map(({ r, why }) => ({
    x: Math.max(0, Math.floor((r.x - PAD) * dpr)), y: Math.max(0, Math.floor((r.y - PAD) * dpr)),
    width: Math.ceil((r.width + 2 * PAD) * dpr), height: Math.ceil((r.height + 2 * PAD) * dpr),
    why, inPost: why === 'name' && inside(r, post),
  }));
}
