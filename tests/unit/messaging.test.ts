import { describe, expect, it } from 'vitest';
import { type Handlers, MessageError, dispatch, send } from '../../utils/messaging';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const content = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 4, url: 'https://x.com/home' } };
const status = { platform: 'x', guardActive: true, captureActive: true };
const handlers = { getSiteStatus: async () => status } as unknown as Handlers;

describe('message protocol', () => {
  it('dispatches a valid message from an allowed sender', async () => {
    expect(await dispatch(handlers, { type: 'getSiteStatus', url: 'https://x.com/' }, page, self)).toEqual(status);
  });

  it('refuses unknown, malformed and foreign messages', async () => {
    await expect(dispatch(handlers, { type: 'nope' }, page, self)).rejects.toThrow(MessageError);
    await expect(dispatch(handlers, { type: 'getSiteStatus', url: 'not a url' }, page, self)).rejects.toThrow(MessageError);
    await expect(dispatch(handlers, { type: 'getSiteStatus', url: 'https://x.com/' }, { ...page, id: 'other' }, self)).rejects.toThrow(/Afzender/);
    // A page script could name any URL: site status is for extension pages only.
    await expect(dispatch(handlers, { type: 'getSiteStatus', url: 'https://x.com/' }, content, self)).rejects.toThrow(/Afzender/);
  });

  it('validates answers and turns error answers into exceptions', async () => {
    const runtime = (answer: unknown) => ({ sendMessage: async () => answer });
    expect(await send(runtime(status), { type: 'getSiteStatus', url: 'https://x.com/' })).toEqual(status);
    await expect(send(runtime({ error: 'kapot' }), { type: 'getSiteStatus', url: 'https://x.com/' })).rejects.toThrow('kapot');
    await expect(send(runtime({ platform: 3 }), { type: 'getSiteStatus', url: 'https://x.com/' })).rejects.toThrow();
  });
});
