import { describe, expect, it } from 'vitest';
import { SHOWN_MAX_BYTES, fromBase64, shownOf, shownSchema, toBase64 } from '../../../utils/evidence/shown';

const id = '2f1c8a4e-5b6d-4c3e-9f0a-1b2c3d4e5f60';
const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size).map((_, i) => i * 7), sha256: 'a'.repeat(64) });

describe('the picture the capture confirmation shows', () => {
  it('is the stored post.png, byte for byte, in a record the frame accepts', () => {
    const post = file('post.png', 70_000);
    const shown = shownOf(id, [file('screenshot.png', 10), post, file('metadata.json', 5)])!;
    expect(shown.name).toBe('post.png');
    expect(shownSchema.parse(shown)).toEqual(shown);
    expect(fromBase64(shown.base64)).toEqual(post.bytes);
  });

  it('is the screenshot when no post was found (a whole page)', () => {
    expect(shownOf(id, [file('screenshot.png', 10), file('page.mhtml', 10)])?.name).toBe('screenshot.png');
  });

  it('is not copied when larger than storage.session can hold (the confirmation then points to the locker)', () => {
    expect(shownOf(id, [file('post.png', SHOWN_MAX_BYTES + 1)])).toBeNull();
  });

  it('encodes as standard base64', () => {
    expect(toBase64(new TextEncoder().encode('Schildwacht'))).toBe(Buffer.from('Schildwacht').toString('base64'));
  });
});
