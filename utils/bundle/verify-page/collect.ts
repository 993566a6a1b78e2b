import { filesReader, zipReader, type BundleReader } from '../reader';
import { inflateRawStream, isZip } from '../unzip';

type Source = { path: string; file: File };

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** Walks a dropped folder (File and Directory Entries API) into files with relative paths. */
async function walk(entry: FileSystemEntry, out: Source[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const e of batch) await walk(e, out);
  }
}

/** What was dropped: entries when the browser offers them (folders), plain files otherwise. */
export async function sourcesFromDrop(dt: DataTransfer): Promise<Source[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return sourcesFromFiles(dt.files);
  const out: Source[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}

export function sourcesFromFiles(list: FileList): Source[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** One ZIP becomes a ZIP reader; anything else is a set of unzipped files. Throws ZipError on a bad ZIP. */
export async function readerFor(sources: Source[]): Promise<BundleReader> {
  if (sources.length === 1) {
    const bytes = await bytesOf(sources[0]!.file);
    if (isZip(bytes)) return zipReader(bytes, inflateRawStream);
  }
  return filesReader(sources.map((s) => ({ path: s.path, read: () => bytesOf(s.file) })));
}
