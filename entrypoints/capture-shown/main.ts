import { browser } from 'wxt/browser';
import { t } from '../../components/t';
import { extensionDb } from '../../utils/db';
import { SHOWN_KEY, fromBase64, shownSchema } from '../../utils/evidence/shown';
import { sha256Hex } from '../../utils/hash';

/**
 * The capture confirmation's picture: the bytes the locker stored (post.png), so the officer sees
 * what was kept, not what the page shows now. An extension page framed at a fixed size in the
 * page's confirmation (entrypoints/capture.content/outcome.ts): the page cannot see into it. Read
 * from the locker itself where this frame may open it (Firefox; Chromium unless third-party storage
 * is blocked), else from the copy the background left in storage.session (utils/evidence/shown.ts).
 * Shown only when the bytes' SHA-256 is the one recorded for the stored file.
 */
const itemId = /^#([0-9a-f-]{36})$/.exec(location.hash)?.[1];
type Picture = { name: string; bytes: Uint8Array<ArrayBuffer>; sha256: string };

function say(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
}

async function fromLocker(id: string): Promise<Picture | null> {
  try {
    const db = extensionDb();
    const file = (await db.files.get([id, 'post.png'])) ?? (await db.files.get([id, 'screenshot.png']));
    return file ? { name: file.name, bytes: new Uint8Array(await file.blob.arrayBuffer()), sha256: file.sha256 } : null;
  } catch {
    return null; // "The user denied permission to access the database": third-party storage blocked
  }
}

async function fromSession(id: string): Promise<Picture | null> {
  const session = browser.storage.session;
  if (!session) return null;
  const shown = shownSchema.safeParse((await session.get(SHOWN_KEY))[SHOWN_KEY]);
  if (!shown.success || shown.data.itemId !== id) return null;
  return { name: shown.data.name, bytes: fromBase64(shown.data.base64), sha256: shown.data.sha256 };
}

async function show(): Promise<void> {
  const picture = itemId ? ((await fromLocker(itemId)) ?? (await fromSession(itemId))) : null;
  if (!picture || (await sha256Hex(picture.bytes)) !== picture.sha256) return say(t('captureShownMissing'));
  const img = document.createElement('img');
  img.alt = t(picture.name === 'post.png' ? 'captureShownPost' : 'captureShownScreenshot');
  img.src = URL.createObjectURL(new Blob([picture.bytes], { type: 'image/png' }));
  document.body.replaceChildren(img);
  document.title = img.alt;
}

show().catch((err: unknown) => say(t('captureShownError', String(err))));
