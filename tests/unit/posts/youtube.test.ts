// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('YouTube comments (tests/fixtures/sites/youtube-thread.html)', () => {
  const posts = postsIn('youtube', 'youtube-thread', page);

  it('finds top-level comments and replies', () => {
    expect(posts.map((p) => p.info.postId)).toEqual([
      'UgzA1b2C3d4E5f6G7h8AaABAg', 'UgzA1b2C3d4E5f6G7h8AaABAg.9zYxWvUtSrQ', 'UgwQ9r8S7t6U5v4W3x2AaABAg',
    ]);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads a reply by a channel without a handle: its channel id is the stable id', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'Wraak030', handle: null, profileUrl: 'https://www.youtube.com/channel/UCx9Yz8Wv7Ut6Sr5Qp4On3Ml', accountId: 'UCx9Yz8Wv7Ut6Sr5Qp4On3Ml' },
      postId: 'UgzA1b2C3d4E5f6G7h8AaABAg.9zYxWvUtSrQ',
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzA1b2C3d4E5f6G7h8AaABAg.9zYxWvUtSrQ',
      postedAt: { shown: '1 week geleden (bewerkt)', parsed: null },
      text: '@jeroen_uit_oost die vrouw op 3:12 woont in mijn straat. Nummer 12. Wordt tijd dat iemand langsgaat.',
    });
  });

  it('keeps line breaks and emoji of a comment', () => {
    expect(posts[0]!.info.author.handle).toBe('@jeroen_uit_oost');
    expect(posts[0]!.info.text).toBe('Mooi om te zien hoeveel werk jullie verzetten 👏');
    expect(posts[2]!.info.text).toBe('Dinsdag spreekuur bij ons in het buurthuis!\nIedereen welkom.');
  });
});
