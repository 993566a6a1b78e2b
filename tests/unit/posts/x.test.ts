// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://x.com/wijkagent_sanne/status/1876543210987654321';

describe('x.com posts (tests/fixtures/sites/x-thread.html)', () => {
  const posts = postsIn('x', 'x-thread', page);

  it('finds every post of the conversation, not the quoted post inside a reply', () => {
    expect(posts.map((p) => p.info.author.handle)).toEqual([
      '@wijkagent_sanne', '@b0ze_burger92', '@buurtvader_lombok', '@anoniem_0301', '@gemeente_utr',
    ]);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads author, permalink, time and the verbatim text with line breaks and emoji', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'Boze Burger', handle: '@b0ze_burger92', profileUrl: 'https://x.com/b0ze_burger92', accountId: null },
      postId: '1876549999000011111',
      permalink: 'https://x.com/b0ze_burger92/status/1876549999000011111',
      postedAt: { shown: '4 jan.', parsed: '2026-01-04T18:40:55.000Z' },
      text: 'We weten waar je woont Sanne. Lindelaan 12, blauwe deur.\nVanavond kom ik langs, dan zien we wel hoe stoer je bent zonder uniform 🔪',
    });
  });

  it('keeps a reply apart from the post it quotes', () => {
    const reply = posts[3]!.info;
    expect(reply.text).toBe("Haar kinderen zitten op De Regenboog, ik zet de foto's er morgen op. Deel dit.");
    expect(reply.postedAt.parsed).toBe('2026-01-04T19:15:40.000Z');
    expect(reply.permalink).toBe('https://x.com/anoniem_0301/status/1876560000000033333');
  });
});
