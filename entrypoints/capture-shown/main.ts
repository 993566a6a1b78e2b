import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { SHOWN_KEY, fromBase64, shownSchema } from '../../utils/evidence/shown';
import { sha256Hex } from '../../utils/hash';

/**
 * The capture confirmation's picture: the bytes the locker stored (post.png), so the officer sees
 * what was kept, not what the page shows now. An extension page framed at a fixed size in the
 * page's confirmation (entrypoints/capture.content/outcome.ts): the page cannot see into it. The
 * background leaves the bytes in storage.session (utils/evidence/shown.ts); they are shown only
 * when their SHA-256 is the one recorded for the stored file.
 */
const itemId = /^#([0-9a-f-]{36})$/.exec(location.hash)?.[1];

function say(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
}

async function show(): Promise<void> {
  const raw = (await browser.storage.session.get(SHOWN_KEY))[SHOWN_KEY];
  const shown = shownSchema.safeParse(raw);
  if (!itemId || !shown.success || shown.data.itemId !== itemId) return say(t('captureShownMissing'));
  const bytes = fromBase64(shown.data.base64);
  if ((await sha256Hex(bytes)) !== shown.data.sha256) return say(t('captureShownMissing'));
  const img = document.createElement('img');
  img.alt = t(shown.data.name === 'post.png' ? 'captureShownPost' : 'captureShownScreenshot');
  img.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  document.body.replaceChildren(img);
  document.title = img.alt;
}

show().catch((err: unknown) => say(t('captureShownError', String(err))));
