import { describe, expect, it } from 'vitest';
import { linkable } from '../../utils/safe-url';

describe('linkable', () => {
  it('keeps http and https addresses', () => {
    expect(linkable('https://x.com/a/status/1')).toBe('https://x.com/a/status/1');
    expect(linkable('http://forum.example/t?id=3')).toBe('http://forum.example/t?id=3');
  });
  it('refuses every other scheme and what is no URL', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'blob:https://x.com/1', 'vbscript:x', '//x.com', 'niet een adres', '', null]) {
      expect(linkable(bad)).toBeNull();
    }
  });
});
