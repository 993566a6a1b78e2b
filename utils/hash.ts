/** Bytes as lowercase hex. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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
