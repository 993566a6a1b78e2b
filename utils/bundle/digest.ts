import { sha256Hex } from '../hash';

/** SHA-256 of bytes of any origin (pdf-lib, fflate and fetch hand out differently typed arrays). */
export function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  return sha256Hex(bytes as Uint8Array<ArrayBuffer>);
}

export async function sha256Raw(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
