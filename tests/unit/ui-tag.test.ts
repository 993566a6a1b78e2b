// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { UI_TAG, randomTag } from '../../utils/ui-tag';

describe('randomTag', () => {
  it('is a valid custom element name that says nothing about Schildwacht, and differs per install', () => {
    const tags = new Set(Array.from({ length: 50 }, () => randomTag()));
    expect(tags.size).toBe(50);
    for (const tag of tags) {
      expect(tag).toMatch(UI_TAG);
      expect(tag).not.toMatch(/schild|wacht|guard|police|politie/);
      expect(() => document.createElement(tag).attachShadow({ mode: 'closed' })).not.toThrow();
    }
  });
});
