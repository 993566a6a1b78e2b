import type { Worker } from 'playwright-core';

export interface FileCheck {
  itemId: string; name: string; type: string; size: number; sha256: string;
  /** Recomputed from the stored blob, to compare with what was recorded at capture. */
  actualSha256: string; actualSize: number;
  png: { width: number; height: number } | null;
  text: string | null;
}
export interface EvidenceDump { items: any[]; custody: any[]; annotations: any[]; files: FileCheck[] }

/** Where the database can be read: Chromium's service worker, or any extension page (Playwright or Puppeteer). */
type ExtensionContext = Worker | { evaluate(fn: () => Promise<EvidenceDump>): Promise<EvidenceDump> };

/** Everything in the extension's evidence database, read raw (no Dexie) from an extension context. */
export async function readEvidence(where: ExtensionContext): Promise<EvidenceDump> {
  return (where as Worker).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('schildwacht');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) => new Promise<any[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
    const [items, custody, annotations, rawFiles] = await Promise.all([all('items'), all('custody'), all('annotations'), all('files')]);
    db.close();
    const files = [];
    for (const f of rawFiles) {
      const bytes = await (f.blob as Blob).arrayBuffer();
      let png = null;
      if (f.type === 'image/png') {
        const bmp = await createImageBitmap(f.blob);
        png = { width: bmp.width, height: bmp.height };
      }
      files.push({
        itemId: f.itemId, name: f.name, type: f.type, size: f.size, sha256: f.sha256,
        actualSha256: hex(await crypto.subtle.digest('SHA-256', bytes)), actualSize: bytes.byteLength, png,
        text: f.name === 'metadata.json' ? new TextDecoder().decode(bytes) : null,
      });
    }
    return { items, custody, annotations, files };
  });
}
