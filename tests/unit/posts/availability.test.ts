// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { judge, probePage } from '../../../utils/sites/availability';
import { adapters } from '../../../utils/sites/index';
import { generic } from '../../../utils/sites/generic';
import { loadFixture } from './fixture';

const x = adapters.find((a) => a.platform === 'x')!;
const mastodon = adapters.find((a) => a.platform === 'mastodon')!;
const threat = { postId: '1876549999000011111', permalink: 'https://x.com/b0ze_burger92/status/1876549999000011111', text: 'ignored when the id matches' };
const probe = (fixture: string) => probePage(loadFixture(fixture), x);

describe('is the post still online (site files and fixtures x-thread, x-removed, x-login)', () => {
  it('finds the same post by its id on the post page', () => {
    expect(judge(probe('x-thread'), x.availability, threat)).toEqual({ result: 'online', reason: 'het bericht staat er nog (bericht-id 1876549999000011111)' });
  });

  it('finds it by its first words when the page gives no id', () => {
    const page = probe('x-thread');
    const text = page.posts.find((p) => p.postId === threat.postId)!.text;
    expect(judge(page, x.availability, { postId: null, permalink: null, text }).result).toBe('online');
  });

  it("says removed on the platform's not-found page, naming what it showed", () => {
    expect(judge(probe('x-removed'), x.availability, threat)).toEqual({ result: 'verwijderd', reason: 'het platform toont dat het bericht weg is: "deze pagina bestaat niet"' });
  });

  it('cannot tell behind a login wall, or when the post is simply not on the page', () => {
    expect(judge(probe('x-login'), x.availability, threat)).toEqual({ result: 'onbekend', reason: 'inlogscherm: "Inloggen bij X"' });
    expect(judge(probe('x-thread'), x.availability, { ...threat, postId: '1' }).result).toBe('onbekend');
    expect(judge({ title: '', text: '', posts: [] }, generic.availability, threat)).toEqual({ result: 'onbekend', reason: 'geen bericht op de pagina gevonden' });
  });

  it('knows the removed pages of the other platforms, and does not take a post about removal for one', () => {
    expect(judge({ title: 'mastodon.social', text: 'De pagina die je zoekt bestaat niet', posts: [] }, mastodon.availability, threat).result).toBe('verwijderd');
    expect(judge({ title: 'Pagina niet gevonden', text: '404', posts: [] }, generic.availability, threat).result).toBe('verwijderd');
    for (const site of adapters) expect(site.availability, site.platform).toBeDefined();
    const still = probe('x-thread');
    expect(judge({ ...still, text: `${still.text} deze post is niet beschikbaar` }, x.availability, threat).result).toBe('online');
  });
});
