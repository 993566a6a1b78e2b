import { listZip, readEntry, inflateRawStream } from '../../utils/bundle/unzip';

/** Every file of a ZIP as path → bytes (test helper). */
export async function unzipToMap(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const e of listZip(zip)) out.set(e.name, await readEntry(zip, e, inflateRawStream));
  return out;
}

export const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
