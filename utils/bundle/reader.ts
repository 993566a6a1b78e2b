import { type InflateRaw, listZip, readEntry } from './unzip';

/** The files of a bundle, however they arrived (a ZIP, a dropped folder), read one at a time. */
export interface BundleReader {
  paths: string[];
  read(path: string): Promise<Uint8Array>;
}

/** A bundle from the bytes of its ZIP file. Throws ZipError when the ZIP is damaged. */
export function zipReader(zip: Uint8Array, inflate: InflateRaw): BundleReader {
  const entries = new Map(listZip(zip).map((e) => [e.name, e]));
  const root = rootOf([...entries.keys()]);
  const paths = [...entries.keys()].map((p) => (p.startsWith(root) ? p.slice(root.length) : p));
  return {
    paths,
    read: (path) => readEntry(zip, entries.get(root + path) ?? entries.get(path)!, inflate),
  };
}

/** A bundle from files with relative paths (a dropped or chosen folder). */
export function filesReader(files: readonly { path: string; read(): Promise<Uint8Array> }[]): BundleReader {
  const root = rootOf(files.map((f) => f.path));
  const byPath = new Map(files.map((f) => [f.path.startsWith(root) ? f.path.slice(root.length) : f.path, f]));
  return { paths: [...byPath.keys()], read: (path) => byPath.get(path)!.read() };
}

/** The folder that holds SHA256SUMS (a bundle unzipped into its own folder, or dropped as one). */
export function rootOf(paths: readonly string[]): string {
  const sums = paths.filter((p) => p === 'SHA256SUMS' || p.endsWith('/SHA256SUMS')).sort((a, b) => a.length - b.length)[0];
  return sums ? sums.slice(0, -'SHA256SUMS'.length) : '';
}
