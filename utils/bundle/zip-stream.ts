import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Where the bytes of a ZIP go as they are produced (a Blob in the browser, a file in a benchmark). */
export interface ZipSink {
  write(chunk: Uint8Array): void;
}

/** Already-compressed formats gain nothing from deflate; they are stored as they are. */
const STORED = /\.(png|jpe?g|gif|webp|pdf|zip|tsr)$/i;
/** Page archives are large and mostly base64 images: a fast level gets nearly all of the gain. */
const FAST = /\.(mhtml|wacz)$/i;
const CHUNK = 1 << 20;

/**
 * A ZIP written entry by entry: each file's bytes go to the sink before the
 * next file is read, so a bundle of a hundred items never sits in memory at once.
 */
export class ZipStream {
  private readonly zip: Zip;
  private error: Error | null = null;
  private finished = false;
  private readonly names = new Set<string>();
  private written = 0;

  constructor(sink: ZipSink, private readonly mtime: Date) {
    this.zip = new Zip((err, chunk, final) => {
      this.written += chunk?.length ?? 0;
      // Plain ZIP offsets stop at 4 GiB (no ZIP64 here): refuse rather than write a broken archive.
      if (this.written > 0xffff_ff00) this.error ??= new Error('Bundel groter dan 4 GB: exporteer minder items tegelijk');
      if (err) this.error = err;
      else if (!this.error) sink.write(chunk);
      if (final) this.finished = true;
    });
  }

  /** Adds one file; `data` may be large, it is pushed in 1 MiB slices. */
  add(path: string, data: Uint8Array): void {
    this.check();
    if (this.names.has(path)) throw new Error(`Dubbele bestandsnaam in ZIP: ${path}`);
    this.names.add(path);
    const entry = STORED.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: FAST.test(path) ? 1 : 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    if (data.length === 0) entry.push(new Uint8Array(0), true);
    for (let at = 0; at < data.length; at += CHUNK) {
      entry.push(data.subarray(at, Math.min(at + CHUNK, data.length)), at + CHUNK >= data.length);
    }
    this.check();
  }

  /**
   * An entry written as its bytes come (report.pdf while it is being laid out): nothing of it is
   * held here. Call end() before adding the next entry.
   */
  open(path: string): { push(chunk: Uint8Array): void; end(): void } {
    this.check();
    if (this.names.has(path)) throw new Error(`Dubbele bestandsnaam in ZIP: ${path}`);
    this.names.add(path);
    const entry = STORED.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return {
      push: (chunk) => { entry.push(chunk, false); this.check(); },
      end: () => { entry.push(new Uint8Array(0), true); this.check(); },
    };
  }

  addText(path: string, text: string): void {
    this.add(path, new TextEncoder().encode(text));
  }

  end(): void {
    this.zip.end();
    this.check();
    if (!this.finished) throw new Error('ZIP niet volledig geschreven');
  }

  /** Stops the archive after a failure; whatever was written is to be thrown away. */
  abort(): void {
    this.zip.terminate();
  }

  private check() {
    if (this.error) throw this.error;
  }
}

/**
 * Collects ZIP output as Blob parts. Small chunks are merged into Blob slices
 * every few MiB so the browser can move them out of the page's JS heap.
 */
export class BlobSink implements ZipSink {
  private parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  bytes = 0;

  constructor(private readonly flushAt = 4 << 20) {}

  write(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes >= this.flushAt) this.flush();
  }

  blob(type = 'application/zip'): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush() {
    if (!this.pending.length) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
