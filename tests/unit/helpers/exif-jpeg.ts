/**
 * Test helper: writes a real EXIF block (little-endian TIFF with IFD0, Exif IFD and GPS IFD) into
 * a JPEG, the way a phone camera does. Used to make photos with GPS, serial number and owner.
 */
type Entry = { tag: number; type: 2 | 3 | 4 | 5; value: string | number[] };

export interface ExifFields {
  gps?: [number, number];
  serial?: string;
  owner?: string;
  artist?: string;
  orientation?: number;
  model?: string;
}

const SIZE = { 2: 1, 3: 2, 4: 4, 5: 8 } as const;

function count(e: Entry): number {
  if (typeof e.value === 'string') return e.value.length + 1;
  return e.type === 5 ? e.value.length / 2 : e.value.length;
}

const byteLength = (e: Entry) => count(e) * SIZE[e.type];
const ifdSize = (entries: Entry[]) =>
  2 + 12 * entries.length + 4 + entries.reduce((n, e) => n + (byteLength(e) > 4 ? byteLength(e) : 0), 0);

function writeValue(view: DataView, at: number, e: Entry): void {
  if (typeof e.value === 'string') {
    [...e.value].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
    view.setUint8(at + e.value.length, 0);
    return;
  }
  e.value.forEach((v, i) => {
    if (e.type === 3) view.setUint16(at + 2 * i, v, true);
    else view.setUint32(at + 4 * i, v, true);
  });
}

function writeIfd(view: DataView, offset: number, entries: Entry[]): void {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  view.setUint16(offset, sorted.length, true);
  let data = offset + 2 + 12 * sorted.length + 4;
  sorted.forEach((e, i) => {
    const at = offset + 2 + 12 * i;
    view.setUint16(at, e.tag, true);
    view.setUint16(at + 2, e.type, true);
    view.setUint32(at + 4, count(e), true);
    if (byteLength(e) <= 4) writeValue(view, at + 8, e);
    else { view.setUint32(at + 8, data, true); writeValue(view, data, e); data += byteLength(e); }
  });
  view.setUint32(offset + 2 + 12 * sorted.length, 0, true);
}

function dms(deg: number): number[] {
  const d = Math.floor(Math.abs(deg));
  const m = Math.floor((Math.abs(deg) - d) * 60);
  const s = Math.round(((Math.abs(deg) - d) * 60 - m) * 60 * 1000);
  return [d, 1, m, 1, s, 1000];
}

export function exifTiff(f: ExifFields): Uint8Array {
  const ifd0: Entry[] = [{ tag: 0x010f, type: 2, value: 'Schildwacht Testcam' }, { tag: 0x0110, type: 2, value: f.model ?? 'TC-1' }];
  if (f.artist) ifd0.push({ tag: 0x013b, type: 2, value: f.artist });
  if (f.orientation) ifd0.push({ tag: 0x0112, type: 3, value: [f.orientation] });
  const exif: Entry[] = [{ tag: 0x9003, type: 2, value: '2024:05:01 12:00:00' }];
  if (f.owner) exif.push({ tag: 0xa430, type: 2, value: f.owner });
  if (f.serial) exif.push({ tag: 0xa431, type: 2, value: f.serial });
  const gps: Entry[] = f.gps ? [
    { tag: 0x0001, type: 2, value: f.gps[0] >= 0 ? 'N' : 'S' }, { tag: 0x0002, type: 5, value: dms(f.gps[0]) },
    { tag: 0x0003, type: 2, value: f.gps[1] >= 0 ? 'E' : 'W' }, { tag: 0x0004, type: 5, value: dms(f.gps[1]) },
  ] : [];
  const exifPtr: Entry = { tag: 0x8769, type: 4, value: [0] };
  const gpsPtr: Entry = { tag: 0x8825, type: 4, value: [0] };
  ifd0.push(exifPtr, ...(gps.length ? [gpsPtr] : []));
  const exifAt = 8 + ifdSize(ifd0);
  const gpsAt = exifAt + ifdSize(exif);
  exifPtr.value = [exifAt];
  gpsPtr.value = [gpsAt];
  const out = new Uint8Array(gpsAt + (gps.length ? ifdSize(gps) : 0));
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
  writeIfd(view, 8, ifd0);
  writeIfd(view, exifAt, exif);
  if (gps.length) writeIfd(view, gpsAt, gps);
  return out;
}

/** The JPEG with an EXIF APP1 segment inserted right after its JFIF header (or SOI). */
export function jpegWithExif(jpeg: Uint8Array, fields: ExifFields): Uint8Array<ArrayBuffer> {
  const tiff = exifTiff(fields);
  const length = 2 + 6 + tiff.length;
  const app1 = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
  const at = jpeg[3] === 0xe0 ? 4 + ((jpeg[4]! << 8) | jpeg[5]!) : 2;
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, at));
  out.set(app1, at);
  out.set(jpeg.subarray(at), at + app1.length);
  return out;
}
