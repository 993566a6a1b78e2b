// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { byUser } from '../../../utils/guard/controller';

/** An event as the browser marks the officer's own (happy-dom cannot make trusted ones). */
function trusted(type: string, target: EventTarget): Event {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  Object.defineProperty(e, 'target', { value: target });
  return e;
}

describe('byUser: only the officer\'s own actions count', () => {
  it('ignores events page code made up', () => {
    expect(byUser(new MouseEvent('click', { bubbles: true }))).toBe(false);
    expect(byUser(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });

  it('takes trusted clicks and keys', () => {
    expect(byUser(trusted('click', document.body))).toBe(true);
    expect(byUser(trusted('keydown', document.body))).toBe(true);
  });

  it('ignores a trusted submit that no user gesture led to (requestSubmit() from page code)', () => {
    const form = document.createElement('form');
    document.body.append(form);
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: false }, configurable: true });
    expect(byUser(trusted('submit', form))).toBe(false);
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: true }, configurable: true });
    expect(byUser(trusted('submit', form))).toBe(true);
  });
});
