import { z } from 'zod';
import { pngSize } from './geometry';

/**
 * A picture html2canvas rendered in the page, where the browser gives no pixels. It reaches the
 * background as a PNG data URL in the answer to the background's own request (captureRender).
 * 48 million characters is a 36 MB PNG: more than a phone viewport or a tall post at its pixel
 * ratio needs, and under Chrome's 64 MB message limit.
 */
export const RENDER_MAX_CHARS = 48_000_000;
const PREFIX = 'data:image/png;base64,';

export const renderedPngSchema = z.string().max(RENDER_MAX_CHARS, 'Nagebouwd beeld te groot')
  .refine((s) => s.startsWith(PREFIX) && /^[A-Za-z0-9+/]*={0,2}$/.test(s.slice(PREFIX.length)), 'Geen PNG-data-URL');

/** The PNG bytes of a rendered picture; throws unless it is a PNG with a size. */
export function renderedPngBytes(dataUrl: string): Uint8Array {
  const binary = atob(renderedPngSchema.parse(dataUrl).slice(PREFIX.length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const { width, height } = pngSize(bytes);
  if (width < 1 || height < 1) throw new Error('Nagebouwd beeld zonder afmetingen');
  return bytes;
}
