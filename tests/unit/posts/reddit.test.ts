// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.reddit.com/r/utrecht/comments/1hs9k2q/wijkagent_lombok_gedoxt/';

describe('Reddit posts (tests/fixtures/sites/reddit-thread.html)', () => {
  const posts = postsIn('reddit', 'reddit-thread', page);

  it('finds the post and every comment, nested replies included', () => {
    expect(posts.map((p) => p.info.postId)).toEqual(['t3_1hs9k2q', 't1_m5abc01', 't1_m5abc02', 't1_m5abc03']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads a comment without the text of its nested reply', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: null, handle: 'u/Anoniem_Utrecht_030', profileUrl: 'https://www.reddit.com/user/Anoniem_Utrecht_030/', accountId: 't2_1a2b3c4d' },
      postId: 't1_m5abc01',
      permalink: 'https://www.reddit.com/r/utrecht/comments/1hs9k2q/comment/m5abc01/',
      postedAt: { shown: '21 u geleden', parsed: '2026-01-03T20:40:00.000Z' },
      text: 'Ja hoor, Lindelaan 12. Ze verdient het. Iemand moet haar eens een bezoekje brengen.\n\nIk weet ook waar haar kinderen op school zitten.',
    });
  });

  it('reads the post with its title', () => {
    const post = posts[0]!.info;
    expect(post.text).toBe('Wijkagent Lombok gedoxt?\n\nZag vanavond een screenshot rondgaan met het huisadres van onze wijkagent. Weet iemand of dit al gemeld is?');
    expect(post.postedAt.parsed).toBe('2026-01-03T20:11:09.000Z');
    expect(post.author.accountId).toBe('t2_9f8e7d6c');
  });
});
