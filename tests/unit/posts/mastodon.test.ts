// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postInfoSchema, postsIn } from './fixture';

const page = 'https://mastodon.social/@wijkagent_sanne/113812345678901234';

describe('Mastodon posts (tests/fixtures/sites/mastodon-thread.html)', () => {
  const posts = postsIn('mastodon', 'mastodon-thread', page);

  it('finds the ancestor, the focused post and the replies, with full handles', () => {
    expect(posts.map((p) => p.info.author.handle)).toEqual([
      '@politie_utrecht@mastodon.social', '@wijkagent_sanne@mastodon.social',
      '@anon_doxer@kwaad.example', '@buurthuis_kanaal@mastodon.social',
    ]);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success).toBe(true);
  });

  it('reads a reply from a remote account with its content warning and custom emoji', () => {
    expect(posts[2]!.info).toEqual({
      author: {
        name: 'Anon :skull:', handle: '@anon_doxer@kwaad.example',
        profileUrl: 'https://mastodon.social/@anon_doxer@kwaad.example', accountId: '110000000000000042',
      },
      postId: '113812399999000002',
      permalink: 'https://mastodon.social/@anon_doxer@kwaad.example/113812399999000002',
      postedAt: { shown: '3 jan', parsed: '2026-01-03T21:47:02.000Z' },
      text: 'Voor wie Sanne wil opzoeken\n\nZe woont in de Lindelaan, nummer 12. Haar auto: XK-123-B. Je weet wat je moet doen.',
    });
  });

  it('reads the focused post: id from its permalink, whole link targets, paragraphs', () => {
    const focused = posts[1]!.info;
    expect(focused.postId).toBe('113812345678901234');
    expect(focused.author.accountId).toBe('109300000000000777');
    expect(focused.postedAt).toEqual({ shown: '3 jan. 2026, 11:15', parsed: '2026-01-03T10:15:30.000Z' });
    expect(focused.text).toBe(
      'Hoi buurt! Ik ben Sanne, jullie wijkagent. Spreekuur elke dinsdag in het buurthuis.\n\n' +
      'Meer info: https://www.politie.nl/mijn-buurt/wijkagenten',
    );
  });
});
