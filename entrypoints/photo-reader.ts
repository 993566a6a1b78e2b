import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PhotoReader, photoKind, readPhotoRisk, stripPhoto } from '../utils/guard/photo-risk';

/**
 * The guard's EXIF reader (exifr), injected by the background into a page's guard world only when
 * a photo is handed over (entrypoints/background/photo-reader.ts), so the guard script loaded on
 * every social page stays small. It runs in the same isolated world as the guard, never the page's.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __schildwachtPhotoReader?: PhotoReader }).__schildwachtPhotoReader = { photoKind, readPhotoRisk, stripPhoto };
});
