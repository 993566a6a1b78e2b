// exifr's "mini" bundle (JPEG + TIFF/EXIF/GPS, no tag dictionaries) has the same API as the main entry.
declare module 'exifr/dist/mini.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
