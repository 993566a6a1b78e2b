// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://www.linkedin.com/feed/update/urn:li:activity:7281234567890123456/';

describe('LinkedIn posts (tests/fixtures/sites/linkedin-thread.html)', () => {
  const posts = postsIn('linkedin', 'linkedin-thread', page);

  it('finds the update, the comment and its nested reply', () => {
    expect(posts.map((p) => p.info.author.name)).toEqual(['Mark van den Berg', 'Jan Koster', 'Mark van den Berg']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads the update once (names are doubled for screen readers) with its line breaks', () => {
    expect(posts[0]!.info).toEqual({
      author: { name: 'Mark van den Berg', handle: 'mark-vd-berg-42a1b3', profileUrl: 'https://www.linkedin.com/in/mark-vd-berg-42a1b3/', accountId: null },
      postId: '7281234567890123456',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7281234567890123456/',
      postedAt: { shown: '2 d • Bewerkt', parsed: null },
      text: 'Weer een agent gedoxt in Utrecht. Tijd dat platforms hier iets aan doen.\n\nWie weet hoe je dit het best meldt bij LinkedIn zelf?',
    });
  });

  it('reads a comment without its reply, with a permalink to the comment', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'Jan Koster', handle: 'jkoster', profileUrl: 'https://www.linkedin.com/in/jkoster/', accountId: null },
      postId: '7281299999999000001',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7281234567890123456/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7281234567890123456%2C7281299999999000001)',
      postedAt: { shown: '1 d', parsed: null },
      text: 'Agenten die boetes uitdelen mogen best weten hoe het voelt. Haar adres staat al op Telegram.',
    });
  });
});
