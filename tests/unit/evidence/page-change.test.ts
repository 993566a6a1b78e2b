import { describe, expect, it } from 'vitest';
import { pageChange } from '../../../utils/evidence/page-change';

describe('pageChange', () => {
  it('is null when every reading is the capture\'s', () => {
    expect(pageChange('Sterkte vanavond', { at: 'hover', text: 'Sterkte vanavond' }, 'Sterkte vanavond')).toBeNull();
    expect(pageChange('Sterkte vanavond', null, null)).toBeNull();
  });

  it('keeps every reading, in order, when the page swapped the post around the capture', () => {
    expect(pageChange('Sterkte vanavond, fijne dienst!', { at: 'hover', text: 'We weten waar je woont' }, 'We weten waar je woont')).toEqual({
      readings: [
        { at: 'hover', text: 'We weten waar je woont' },
        { at: 'capture', text: 'Sterkte vanavond, fijne dienst!' },
        { at: 'after', text: 'We weten waar je woont' },
      ],
    });
  });

  it('flags a change seen only after the pixels', () => {
    expect(pageChange('a', { at: 'shown', text: 'a' }, 'b')?.readings.map((r) => r.at)).toEqual(['shown', 'capture', 'after']);
  });
});
