// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.facebook.com/groups/buurtwachtlombok/posts/1234567890123456/';

describe('Facebook posts (tests/fixtures/sites/facebook-thread.html)', () => {
  const posts = postsIn('facebook', 'facebook-thread', page);

  it('finds the group post, the comments and the reply', () => {
    expect(posts.map((p) => p.info.author.name)).toEqual(['Marieke de Boer', 'Dennis V.', 'Marieke de Boer', 'Kees Jansen']);
    expect(posts.map((p) => p.info.postId)).toEqual(['1234567890123456', '1234567890999001', '1234567890999002', '1234567890999003']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads a comment: account id from profile.php, links without tracking parameters', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'Dennis V.', handle: null, profileUrl: 'https://www.facebook.com/profile.php?id=100087654321098', accountId: '100087654321098' },
      postId: '1234567890999001',
      permalink: 'https://www.facebook.com/groups/buurtwachtlombok/posts/1234567890123456/?comment_id=1234567890999001',
      postedAt: { shown: '2 d', parsed: null },
      text: 'Goed zo. Misschien leert ze dan eens haar mond te houden. Lindelaan toch? 😉',
    });
  });

  it('reads the post without the text of its comments, and a vanity user name as handle', () => {
    expect(posts[0]!.info).toMatchObject({
      author: { accountId: '100012345678901', profileUrl: 'https://www.facebook.com/groups/buurtwachtlombok/user/100012345678901/' },
      postedAt: { shown: '2 januari om 21:14', parsed: null },
      text: 'Let op allemaal: er wordt een foto van de wijkagent rondgestuurd met haar huisadres erbij.\n\nNiet delen alsjeblieft, meld het bij de politie.',
    });
    expect(posts[3]!.info.author).toEqual({ name: 'Kees Jansen', handle: 'kees.jansen.77', profileUrl: 'https://www.facebook.com/kees.jansen.77', accountId: null });
  });
});
