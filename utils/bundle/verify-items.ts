import type { CustodyEntry } from '../evidence/custody';
import { metadataSchema } from '../evidence/model';
import { annotationFileSchema, captureMetadataHash } from './annotation-file';
import type { Manifest } from './manifest';
import type { BundleReader } from './reader';
import type { Problem } from './verify';

const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;

/**
 * Each item's metadata.json must be the one hashed at capture (as the first custody line
 * says, when it does), and the capture-time hashes inside it must equal the files now.
 * Returns the numbers of the items whose pictures are an html2canvas reconstruction.
 */
export async function checkMetadata(r: BundleReader, manifest: Manifest, actual: Map<string, string | null>, custody: CustodyEntry[], problems: Problem[]) {
  const bad = (detail: string) => problems.push({ code: 'metadataDisagrees', detail });
  const reconstructed: number[] = [];
  for (const it of manifest.items) {
    const path = `${it.dir}metadata.json`;
    const meta = await parseJson(r, path, metadataSchema);
    if (!meta || meta.id !== it.id) { bad(path); continue; }
    if (meta.pixelsFrom === 'html2canvas') reconstructed.push(it.number);
    const captured = captureMetadataHash(custody.find((e) => e.itemId === it.id && e.seq === 0)?.detail);
    if (captured && captured !== actual.get(path)) bad(path);
    for (const [name, f] of Object.entries(meta.files)) {
      // Onder nummer: an original may be withheld, committed by the same hash as at capture.
      const held = manifest.withheld.find((w) => w.path === it.dir + name);
      if (held ? held.sha256 !== f.sha256 || actual.has(it.dir + name) : actual.get(it.dir + name) !== f.sha256) bad(it.dir + name);
    }
    const annotation = r.paths.includes(`${it.dir}annotation.json`) ? await parseJson(r, `${it.dir}annotation.json`, annotationFileSchema) : undefined;
    if (annotation === null || (annotation && annotation.itemId !== it.id)) bad(`${it.dir}annotation.json`);
  }
  return reconstructed;
}

async function parseJson<T>(r: BundleReader, path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): Promise<T | null> {
  try {
    const parsed = schema.safeParse(json(await r.read(path)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

