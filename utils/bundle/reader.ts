import { type InflateRaw, listZip, readEntry } from './unzip';

/** The files of a bundle, however they arrived (a ZIP, a dropped folder), read one at a time. */
export interface BundleReader {
  paths: string[];
  read(path: string): Promise<Uint8Array>;
}

/** A bundle from the bytes of its ZIP file. Throws ZipError when the ZIP is damaged. */
export function zipReader(zip: Uint8Array, inflate: InflateRaw): BundleReader {
  const entries = listZip(zip);
  const root = rootOf(entries.map((e) => e.name));
  const byPath = new Map(entries.map((e) => [relative(e.name, root), e]));
  return { paths: [...byPath.keys()], read: (path) => readEntry(zip, byPath.get(path)!, inflate) };
}

/** A bundle from files with relative paths (a dropped or chosen folder). */
export function filesReader(files: readonly { path: string; read(): Promise<Uint8Array> }[]): BundleReader {
  const root = rootOf(files.map((f) => f.path));
  const byPath = new Map(files.map((f) => [relative(f.path, root), f]));
  return { paths: [...byPath.keys()], read: (path) => byPath.get(path)!.read() };
}

/**
 * A path inside the bundle's folder; one outside it keeps a "../" in front, so it can never stand
 * in for a bundle file of the same name (the verifier names it as an unsafe path).
 */
function relative(path: string, root: string): string {
  if (!root) return path;
  return path.startsWith(root) ? path.slice(root.length) : `../${path}`;
}

/** The folder that holds SHA256SUMS (a bundle unzipped into its own folder, or dropped as one). */
export function rootOf(paths: readonly string[]): string {
  const sums = paths.filter((p) => p === 'SHA256SUMS' || p.endsWith('/SHA256SUMS')).sort((a, b) => a.length - b.length)[0];
  return sums ? sums.slice(0, -'SHA256SUMS'.length) : '';
}
