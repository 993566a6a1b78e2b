import type { Translate } from './labels';
import { type Assessed, assessFiles, cleanFiles, isImage, photoDialog } from './photo-assess';
import { type PhotoAction, deliverPhotos, photoAction } from './photo-actions';
import type { PhotoReader } from './photo-risk';
import type { DialogSlot } from './ui/slot';

export interface PhotoGuardDeps {
  enabled(): boolean;
  /** The EXIF reader, loaded on the first photo (it is most of the guard's weight). */
  reader(): Promise<PhotoReader>;
  t: Translate;
  slot: DialogSlot;
}

/**
 * Photo uploads: the selection/drop/paste is stopped before the page sees it, the photos' EXIF is
 * read, and only photos that give nothing away go through untouched. Otherwise the officer chooses.
 */
export function installPhotoGuard(doc: Document, deps: PhotoGuardDeps): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  const ours = new WeakSet<Event>();
  const deliver = (a: PhotoAction, files: File[]) => deliverPhotos(win, a, files, (e) => ours.add(e));

  function ask(a: PhotoAction, assessed: Assessed[]): void {
    const dialog = deps.slot.open(photoDialog(deps.t, assessed, true), (id) => {
      if (id === 'cancel') {
        if (a.kind === 'input') a.input.value = '';
        return dialog.close();
      }
      if (id === 'send') { dialog.close(); return deliver(a, a.files); }
      deps.reader().then((r) => {
        const cleaned = cleanFiles(win, a.files, assessed, r.stripPhoto);
        dialog.close();
        deliver(a, cleaned);
      }).catch((err: unknown) => {
        dialog.update(photoDialog(deps.t, assessed, false, deps.t('guardPhotoStripFailed', err instanceof Error ? err.message : String(err))));
      });
    });
  }

  const onEvent = (e: Event) => {
    if (ours.has(e) || !deps.enabled()) return;
    const a = photoAction(e);
    if (!a?.files.some(isImage)) return;
    if (e.type !== 'change') e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'input') return; // the change event that follows carries the check
    void assessFiles(a.files, deps.reader).then((assessed) =>
      assessed.some((x) => x.risk || x.unchecked) ? ask(a, assessed) : deliver(a, a.files));
  };
  const types = ['input', 'change', 'drop', 'paste'];
  for (const type of types) doc.addEventListener(type, onEvent, true);
  return () => { for (const type of types) doc.removeEventListener(type, onEvent, true); };
}
