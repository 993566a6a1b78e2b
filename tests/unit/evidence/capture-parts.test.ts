import { describe, expect, it } from 'vitest';
import { CaptureError, classifyCaptureError } from '../../../utils/evidence/capture-errors';
import { localIso, pickServerDate } from '../../../utils/evidence/clock';
import { cropBox, fullyVisible, thumbSize, unionRect } from '../../../utils/evidence/geometry';
import { buildMetadata, metadataBytes } from '../../../utils/evidence/metadata-build';
import { target } from './make-item';

describe('capture errors become reasons the officer understands', () => {
  it('recognises a closed tab, an uncapturable page, a full disk', () => {
    expect(classifyCaptureError(new Error('No tab with id: 12.')).reason).toBe('tabClosed');
    expect(classifyCaptureError(new Error('Cannot find the tab for this request.')).reason).toBe('tabClosed');
    expect(classifyCaptureError(new Error('Cannot access contents of url "chrome://newtab/".')).reason).toBe('notCapturable');
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('quota', 'QuotaExceededError') });
    expect(classifyCaptureError(quota).reason).toBe('storageFull');
    expect(classifyCaptureError(new CaptureError('tabHidden', 'weg')).reason).toBe('tabHidden');
    expect(classifyCaptureError('raar')).toEqual({ reason: 'failed', detail: 'raar' });
  });
});

describe('times', () => {
  it('gives local time with its offset, summer and winter', () => {
    expect(localIso(new Date('2026-01-04T18:40:55.123Z'), 'Europe/Amsterdam')).toBe('2026-01-04T19:40:55.123+01:00');
    expect(localIso(new Date('2026-07-04T18:40:55.007Z'), 'Europe/Amsterdam')).toBe('2026-07-04T20:40:55.007+02:00');
    expect(localIso(new Date('2026-07-04T18:40:55.000Z'), 'America/St_Johns')).toBe('2026-07-04T16:10:55.000-02:30');
  });

  it('uses the Date header only of the response that made the captured document', () => {
    const rec = { url: 'https://x.com/', date: 'Mon, 05 Jan 2026 08:00:00 GMT', receivedAt: 1_000_050 };
    expect(pickServerDate(rec, { timeOrigin: 1_000_000, responseStart: 48 })).toBe('2026-01-05T08:00:00.000Z');
    expect(pickServerDate(rec, { timeOrigin: 900_000, responseStart: 48 })).toBeNull();
    expect(pickServerDate(rec, { timeOrigin: 1_000_000, responseStart: null })).toBeNull();
    expect(pickServerDate({ ...rec, date: '' }, { timeOrigin: 1_000_000, responseStart: 48 })).toBeNull();
    expect(pickServerDate(undefined, { timeOrigin: 1_000_000, responseStart: 48 })).toBeNull();
  });
});

describe('geometry', () => {
  it('maps a CSS box to screenshot pixels and clamps it to the image', () => {
    expect(cropBox({ x: 10.4, y: 20, width: 600, height: 200.2 }, 2, 2560, 1800)).toEqual({ x: 21, y: 40, width: 1200, height: 400 });
    expect(cropBox({ x: -5, y: 1700, width: 100, height: 300 }, 1, 1280, 1800)).toEqual({ x: 0, y: 1700, width: 95, height: 100 });
    expect(cropBox({ x: 0, y: 2000, width: 10, height: 10 }, 1, 1280, 900)).toBeNull();
  });

  it('knows what is fully visible, sizes thumbnails and unites boxes', () => {
    expect(fullyVisible({ x: 0, y: 10, width: 100, height: 890 }, { width: 1280, height: 900 })).toBe(true);
    expect(fullyVisible({ x: 0, y: -1, width: 100, height: 10 }, { width: 1280, height: 900 })).toBe(false);
    expect(thumbSize(1200, 400)).toEqual({ width: 240, height: 80 });
    expect(thumbSize(100, 50)).toEqual({ width: 100, height: 50 });
    expect(unionRect([{ x: 0, y: 10, width: 5, height: 5 }, { x: 3, y: 0, width: 10, height: 2 }, { x: 50, y: 50, width: 0, height: 0 }]))
      .toEqual({ x: 0, y: 0, width: 13, height: 15 });
  });
});

describe('metadata.json', () => {
  it('takes the URL from the browser, marks whole-page captures and fails on what the contract forbids', () => {
    const facts = {
      id: crypto.randomUUID(), tabUrl: 'https://x.com/a/status/1', tabTitle: '', capturedAt: new Date('2026-01-04T18:40:55.123Z'),
      timeZone: 'Europe/Amsterdam', serverDate: null, userAgent: 'UA', browserVersion: 'Chromium 156', extensionVersion: '0.1.0', files: {}, pixelsFrom: 'browser' as const,
    };
    const m = buildMetadata({ ...target(), post: null }, facts);
    expect(m).toMatchObject({ url: 'https://x.com/a/status/1', pageTitle: 'Een draad', wholePage: true, text: '', localTime: '2026-01-04T19:40:55.123+01:00' });
    expect(new TextDecoder().decode(metadataBytes(m)).endsWith('}\n')).toBe(true);
    expect(() => buildMetadata(target(), { ...facts, tabUrl: 'not a url' })).toThrow();
  });
});

describe('PNG size', () => {
  it('reads width and height from the header and refuses what is not a PNG', async () => {
    const { pngSize } = await import('../../../utils/evidence/geometry');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    expect(pngSize(new Uint8Array(png))).toEqual({ width: 1, height: 1 });
    expect(() => pngSize(new TextEncoder().encode('GIF89a..........................'))).toThrow('not a PNG');
  });
});
