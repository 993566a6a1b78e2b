import { describe, expect, it } from 'vitest';
import { buildMetadata } from '../../../utils/evidence/metadata-build';
import { metadataSchema } from '../../../utils/evidence/model';
import { RENDER_MAX_CHARS, renderedPngBytes, renderedPngSchema } from '../../../utils/evidence/rendered';
import { anyCaptureTabMessage, captureTabResponseSchemas } from '../../../utils/messaging';
import { item, target } from './make-item';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const dataUrl = (b64: string, type = 'image/png') => `data:${type};base64,${b64}`;

describe('metadata.json says where the pixels came from', () => {
  const facts = {
    id: crypto.randomUUID(), tabUrl: 'https://x.com/a/status/1', tabTitle: '', capturedAt: new Date('2026-01-04T18:40:55.123Z'),
    timeZone: 'Europe/Amsterdam', serverDate: null, userAgent: 'UA', browserVersion: 'Firefox 142', extensionVersion: '0.1.0', files: {},
  };

  it('records html2canvas or browser, and refuses any other source', () => {
    expect(buildMetadata(target(), { ...facts, pixelsFrom: 'html2canvas' }).pixelsFrom).toBe('html2canvas');
    expect(buildMetadata(target(), { ...facts, pixelsFrom: 'browser' }).pixelsFrom).toBe('browser');
    expect(() => buildMetadata(target(), { ...facts, pixelsFrom: 'camera' as 'browser' })).toThrow();
  });

  it('keeps an item captured before the field existed valid', () => {
    const { pixelsFrom: _, ...older } = item(new Date()).item.metadata;
    expect(metadataSchema.safeParse(older).success).toBe(true);
    expect(metadataSchema.parse(older).pixelsFrom).toBeUndefined();
  });
});

describe('a picture rendered in the page reaches the background as a checked PNG', () => {
  it('decodes a PNG data URL to its bytes', () => {
    const bytes = renderedPngBytes(dataUrl(PNG_1x1));
    expect([...bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
    expect(bytes.length).toBe(Buffer.from(PNG_1x1, 'base64').length);
  });

  it('refuses what is not a PNG, or not a data URL', () => {
    expect(() => renderedPngBytes(dataUrl(Buffer.from('not a png at all, just text').toString('base64')))).toThrow(/not a PNG/);
    expect(() => renderedPngBytes(dataUrl(PNG_1x1, 'image/jpeg'))).toThrow();
    expect(() => renderedPngBytes(`https://evil.example/x.png#${PNG_1x1}`)).toThrow();
    expect(() => renderedPngBytes(dataUrl(`${PNG_1x1}<script>`))).toThrow();
  });

  it('caps its size in the protocol', () => {
    const huge = dataUrl('A'.repeat(RENDER_MAX_CHARS));
    expect(renderedPngSchema.safeParse(huge).success).toBe(false);
    expect(captureTabResponseSchemas.captureRender.safeParse({ png: huge }).success).toBe(false);
    expect(captureTabResponseSchemas.captureRender.safeParse({ png: dataUrl(PNG_1x1) }).success).toBe(true);
  });

  it('asks the page for the viewport or the post only', () => {
    expect(anyCaptureTabMessage.parse({ type: 'captureRender', region: 'post' })).toEqual({ type: 'captureRender', region: 'post' });
    expect(anyCaptureTabMessage.safeParse({ type: 'captureRender', region: 'screen' }).success).toBe(false);
  });
});
