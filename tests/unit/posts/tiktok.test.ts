// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.tiktok.com/@lombok.leaks/video/7455123456789012345?is_from_webapp=1';

describe('TikTok posts (tests/fixtures/sites/tiktok-thread.html)', () => {
  const posts = postsIn('tiktok', 'tiktok-thread', page);

  it('finds the video description, the comments and the reply', () => {
    expect(posts.map((p) => p.info.author.handle)).toEqual(['@lombok.leaks', '@r0tterdam_r0b', '@lombok.leaks', '@moeder.van.3']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads the video: its id and clean permalink, the description with hashtags', () => {
    expect(posts[0]!.info).toEqual({
      author: { name: 'Lombok Leaks', handle: '@lombok.leaks', profileUrl: 'https://www.tiktok.com/@lombok.leaks', accountId: null },
      postId: '7455123456789012345',
      permalink: 'https://www.tiktok.com/@lombok.leaks/video/7455123456789012345',
      postedAt: { shown: '1-3', parsed: null },
      text: 'Wie is deze agent?? Ze deelt boetes uit alsof het niks is 😤 #lombok #utrecht',
    });
  });

  it('reads a comment, which has no address of its own', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'Rob 💯', handle: '@r0tterdam_r0b', profileUrl: 'https://www.tiktok.com/@r0tterdam_r0b', accountId: null },
      postId: null, permalink: null,
      postedAt: { shown: '1-3', parsed: null },
      text: 'Dat is Sanne van bureau Oost. Ze woont achter de Kanaalstraat, ik zet haar adres zo in de reacties',
    });
  });
});
