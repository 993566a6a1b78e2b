// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.instagram.com/p/C1AbCdEfGhI/?img_index=1';

describe('Instagram posts (tests/fixtures/sites/instagram-thread.html)', () => {
  const posts = postsIn('instagram', 'instagram-thread', page);

  it('finds the post and its comments, not the caption as a comment', () => {
    expect(posts.map((p) => p.info.author.handle)).toEqual(['@boze.buurman_', '@wijk_info_030', '@sanne_fan']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads the post: caption, time, the post page as permalink', () => {
    expect(posts[0]!.info).toEqual({
      author: { name: null, handle: '@boze.buurman_', profileUrl: 'https://www.instagram.com/boze.buurman_/', accountId: null },
      postId: 'C1AbCdEfGhI',
      permalink: 'https://www.instagram.com/p/C1AbCdEfGhI/',
      postedAt: { shown: '1 d', parsed: '2026-01-03T20:11:09.000Z' },
      text: 'Wie kent haar? 👀 Deze agent woont gewoon bij ons in de wijk. Tag iemand die weet waar. #lombok',
    });
  });

  it('reads a comment with its own permalink', () => {
    expect(posts[1]!.info).toMatchObject({
      postId: '17890000000000001',
      permalink: 'https://www.instagram.com/p/C1AbCdEfGhI/c/17890000000000001/',
      postedAt: { parsed: '2026-01-03T21:02:44.000Z' },
      text: 'Lindelaan 12. Blauwe Golf voor de deur.',
    });
  });
});
