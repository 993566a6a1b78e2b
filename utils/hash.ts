/** Bytes as lowercase hex. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Bytes as base64 (in chunks: a spread of a whole large array would overflow the call stack). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A Web Crypto digest ('SHA-256', 'SHA-384', …) as lowercase hex (browser and Node alike). */
export async function digestHex(algorithm: string, data: BufferSource | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return hex(new Uint8Array(await crypto.subtle.digest(algorithm, bytes)));
}

/** SHA-256 as lowercase hex. */
export function sha256Hex(data: BufferSource | string): Promise<string> {
  return digestHex('SHA-256', data);
}
