// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://bsky.app/profile/politiesanne.bsky.social/post/3lfa1z2y3x4w5';

describe('Bluesky posts (tests/fixtures/sites/bluesky-thread.html)', () => {
  const posts = postsIn('bluesky', 'bluesky-thread', page);

  it('finds the anchor post and the replies', () => {
    expect(posts.map((p) => p.info.author.handle)).toEqual([
      '@politiesanne.bsky.social', '@waarheid-utrecht.bsky.social', '@fietsendemoeder.bsky.social',
    ]);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads a reply: DID from the avatar, the full date from the time link', () => {
    expect(posts[1]!.info).toEqual({
      author: {
        name: 'Waarheid Utrecht 🇳🇱', handle: '@waarheid-utrecht.bsky.social',
        profileUrl: 'https://bsky.app/profile/waarheid-utrecht.bsky.social', accountId: 'did:plc:zz9yy8xx7ww6vv5uu4tt3ss2',
      },
      postId: '3lfa2b3c4d5e6',
      permalink: 'https://bsky.app/profile/waarheid-utrecht.bsky.social/post/3lfa2b3c4d5e6',
      postedAt: { shown: '3 januari 2026 om 19:20', parsed: null },
      text: 'Kom maar op Sanne. We weten je te vinden, ook als je geen dienst hebt.\n#Lombok',
    });
  });

  it('gives the anchor post the page as permalink', () => {
    expect(posts[0]!.info).toMatchObject({ postId: '3lfa1z2y3x4w5', permalink: page, postedAt: { shown: '3 januari 2026 om 18:02' } });
  });
});
