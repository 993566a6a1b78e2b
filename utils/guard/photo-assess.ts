import { type Translate } from './labels';
import type { PhotoReader, PhotoRisk } from './photo-risk';
import type { DialogSpec } from './ui/dialog';

const IMAGE = /^image\/(jpeg|jpg|pjpeg|png|heic|heif|webp|tiff|avif)$/i;
const IMAGE_NAME = /\.(jpe?g|png|heic|heif|webp|tiff?|avif)$/i;

/** Image types that can carry EXIF (GIF, BMP and SVG cannot). */
export function isImage(file: File): boolean {
  return IMAGE.test(file.type) || IMAGE_NAME.test(file.name);
}

export interface Assessed {
  file: File;
  bytes: Uint8Array | null;
  /** What it gives away; null when nothing or when it could not be read. */
  risk: PhotoRisk | null;
  /** An image Schildwacht could not read (unknown format, damaged): never silently passed. */
  unchecked: boolean;
}

const hasRisk = (r: PhotoRisk) => r.gps !== null || r.serial !== null || r.owner !== null;

/** One file's risk; a reader that cannot be loaded leaves the photo unchecked (never passed silently). */
export async function assessFile(file: File, reader: () => Promise<PhotoReader>): Promise<Assessed> {
  if (!isImage(file)) return { file, bytes: null, risk: null, unchecked: false };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { photoKind, readPhotoRisk } = await reader();
    if (!photoKind(bytes)) return { file, bytes, risk: null, unchecked: true };
    const risk = await readPhotoRisk(bytes);
    return { file, bytes, risk: hasRisk(risk) ? risk : null, unchecked: false };
  } catch {
    return { file, bytes: null, risk: null, unchecked: true };
  }
}

export const assessFiles = (files: readonly File[], reader: () => Promise<PhotoReader>) => Promise.all(files.map((f) => assessFile(f, reader)));

/** The dialog lines for risky photos: what each one gives away. */
export function riskItems(t: Translate, assessed: readonly Assessed[]): { label: string; text: string }[] {
  return assessed.flatMap(({ file, risk, unchecked }) => {
    if (unchecked) return [{ label: t('guardPhotoUnchecked'), text: file.name }];
    if (!risk) return [];
    const lines = [];
    if (risk.gps) lines.push({ label: t('guardPhotoGps'), text: `${file.name}: ${risk.gps.latitude.toFixed(5)}, ${risk.gps.longitude.toFixed(5)}` });
    if (risk.serial) lines.push({ label: t('guardPhotoSerial'), text: `${file.name}: ${risk.serial}` });
    if (risk.owner) lines.push({ label: t('guardPhotoOwner'), text: `${file.name}: ${risk.owner}` });
    return lines;
  });
}

export function photoDialog(t: Translate, assessed: readonly Assessed[], canStrip: boolean, note?: string): DialogSpec {
  const strip = canStrip && assessed.some((x) => x.risk) ? [{ id: 'strip', label: t('guardPhotoStrip'), kind: 'primary' as const }] : [];
  return {
    title: t('guardPhotoTitle'), intro: t('guardPhotoIntro'), items: riskItems(t, assessed), note, cancel: 'cancel',
    actions: [...strip, { id: 'send', label: t('guardSendAnyway') }, { id: 'cancel', label: t('guardPhotoCancel') }],
  };
}

/** The same files with every risky photo replaced by its cleaned copy (same name and type). */
export function cleanFiles(win: { File: typeof File }, files: readonly File[], assessed: readonly Assessed[], stripPhoto: PhotoReader['stripPhoto']): File[] {
  return files.map((f) => {
    const x = assessed.find((y) => y.file === f);
    if (!x?.risk || !x.bytes) return f;
    return new win.File([stripPhoto(x.bytes, x.risk.orientation)], f.name, { type: f.type, lastModified: f.lastModified });
  });
}
