/** Fixed names inside a bundle (shared/evidence-bundle.md). */
export const BUNDLE = {
  manifest: 'manifest.json',
  sums: 'SHA256SUMS',
  report: 'report.pdf',
  verifier: 'verify.html',
  custody: 'custody.jsonl',
  schema: 'schema/manifest.schema.json',
  tsToken: 'timestamp/manifest.json.tsr',
  tsChain: 'timestamp/tsa-chain.pem',
  /** In "Originelen voor de politie": manifest.json of the export onder nummer whose originals these are. */
  onderNummerManifest: 'onder-nummer/manifest.json',
} as const;

export const FORMAT = 'schildwacht-evidence';
export const FORMAT_VERSION = 1;

/** `items/NN-<id>/`, numbered from 01 in export order; wider numbers once there are 100 or more. */
export function itemDir(index: number, count: number, id: string): string {
  const width = Math.max(2, String(count).length);
  return `items/${String(index + 1).padStart(width, '0')}-${id}/`;
}

/** Where a bundle path belongs: an item's folder (with its id) or the bundle's top level. */
export function itemIdOf(path: string): string | null {
  const m = /^items\/\d+-([0-9a-f-]{36})\//.exec(path);
  return m ? m[1]! : null;
}

/** A safe relative path inside a bundle: no absolute paths, no `..`, no odd characters. */
export function isSafePath(path: string): boolean {
  if (path.length > 300 || path.startsWith('/') || path.includes('\\')) return false;
  return path.split('/').every((seg) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(seg) && seg !== '..');
}

const TOP = new Set<string>([BUNDLE.manifest, BUNDLE.sums, BUNDLE.report, BUNDLE.verifier, BUNDLE.custody, BUNDLE.schema, BUNDLE.tsToken, BUNDLE.tsChain, BUNDLE.onderNummerManifest]);

/** A path of the documented layout (shared/evidence-bundle.md): the fixed files, or one file in an item's folder. */
export function isLayoutPath(path: string): boolean {
  return TOP.has(path) || /^items\/\d{2,}-[0-9a-f-]{36}\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(path);
}
