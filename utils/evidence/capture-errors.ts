import type { CaptureFailure } from './capture-target';

/** A capture failure whose reason is already known. */
export class CaptureError extends Error {
  constructor(readonly reason: CaptureFailure, message: string) {
    super(message);
  }
}

function names(err: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const x = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    out.push(x.name ? `${String(x.name)}: ${String(x.message ?? '')}` : String(x.message ?? e));
    e = x.inner ?? x.cause;
  }
  return out;
}

/** Why a capture failed, from the error a browser API or IndexedDB threw. */
export function classifyCaptureError(err: unknown): { reason: CaptureFailure; detail: string } {
  if (err instanceof CaptureError) return { reason: err.reason, detail: err.message };
  const all = names(err);
  const text = all.join(' | ');
  const detail = (all[0] ?? String(err)).slice(0, 500);
  if (/QuotaExceeded|quota/i.test(text)) return { reason: 'storageFull', detail };
  if (/No tab with id|Tab not found|Cannot find the tab|tab was closed|No window with id/i.test(text)) {
    return { reason: 'tabClosed', detail };
  }
  if (/Cannot access|cannot be scripted|permission is required|Missing host permission|chrome:\/\/|Cannot capture|Don't have permission|Failed to capture|is not allowed/i.test(text)) {
    return { reason: 'notCapturable', detail };
  }
  return { reason: 'failed', detail };
}
