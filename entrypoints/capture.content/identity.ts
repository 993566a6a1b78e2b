import type { IdentityScan, Rect } from '../../utils/evidence/capture-target';
import { isOwnUi } from './own-ui';

const MAX_WORDS = 20_000;
const MAX_LABELS = 3_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

const rectOf = (r: DOMRect): Rect => ({ x: r.left, y: r.top, width: r.width, height: r.height });
const onScreen = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;

/** Every visible word with its box: Range per word of each text node in the viewport. */
function words(doc: Document): IdentityScan['words'] {
  const out: IdentityScan['words'] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && !SKIP.has(n.parentElement.tagName) && !isOwnUi(n.parentElement) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const range = doc.createRange();
  for (let node = walker.nextNode(); node && out.length < MAX_WORDS; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!text.trim() || !onScreen(node.parentElement!.getBoundingClientRect())) continue;
    for (const m of text.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (onScreen(r)) out.push({ t: m[0].slice(0, 300), r: rectOf(r) });
      if (out.length >= MAX_WORDS) break;
    }
  }
  return out;
}

/** Images and labelled elements: an avatar says whose it is only in its alt, aria-label or test id. */
function labels(doc: Document): IdentityScan['labels'] {
  const out: IdentityScan['labels'] = [];
  for (const el of doc.querySelectorAll('img[alt], [aria-label], [data-testid], [title]')) {
    if (out.length >= MAX_LABELS || isOwnUi(el)) continue;
    const r = el.getBoundingClientRect();
    if (!onScreen(r)) continue;
    const t = ['alt', 'aria-label', 'data-testid', 'title'].map((a) => el.getAttribute(a)).filter(Boolean).join(' ').slice(0, 300);
    if (t) out.push({ t, r: rectOf(r) });
  }
  return out;
}

/**
 * What could name the officer in the screenshot about to be taken. The page's own words and
 * labels only: matching them against the officer's profile happens in the background.
 */
export function scanIdentity(doc: Document, accountSelector: string | undefined): IdentityScan {
  const regions = accountSelector ? [...doc.querySelectorAll(accountSelector)].map((el) => el.getBoundingClientRect()).filter(onScreen).map(rectOf).slice(0, 200) : [];
  return { regions, words: words(doc), labels: labels(doc) };
}
