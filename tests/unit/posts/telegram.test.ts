// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { judge, probePage } from '../../../utils/sites/availability';
import { adapters } from '../../../utils/sites/index';
import { parseShown } from '../../../utils/sites/telegram-date';
import { chatFromHash } from '../../../utils/sites/telegram-parts';
import { loadFixture, postInfoSchema, postsIn } from './fixture';

const K_CHANNEL = 'https://web.telegram.org/k/#@lombokleaks';
const K_GROUP = 'https://web.telegram.org/k/#-2233445566';
const A_GROUP = 'https://web.telegram.org/a/#-1002233445566';
const telegram = adapters.find((a) => a.platform === 'telegram')!;
/** A time the page shows, read in the test machine's own zone (as the client shows it in the officer's). */
const local = (d: number, h: number, m: number) => new Date(2025, 0, d, h, m).toISOString();

describe('Telegram Web K, public channel (tests/fixtures/sites/telegram-k-channel.html)', () => {
  const posts = postsIn('telegram', 'telegram-k-channel', K_CHANNEL);

  it('finds every message, not the date separators, with the server message ids', () => {
    expect(posts.map((p) => p.info.postId)).toEqual(['412', '413', '414', '415', '418']);
    for (const p of posts) expect(postInfoSchema.safeParse(p.info).success, p.info.postId!).toBe(true);
  });

  it('reads the photo post: channel as author with its signature, public link, exact time, caption, media', () => {
    expect(posts[1]!.info).toEqual({
      author: { name: 'redactie', handle: '@lombokleaks', profileUrl: 'https://t.me/lombokleaks', accountId: '-1987654321' },
      postId: '413',
      permalink: 'https://t.me/lombokleaks/413',
      postedAt: { shown: '11 januari 2025, 21:14', parsed: '2025-01-11T20:14:17.000Z' },
      text: 'Dit is haar auto. XK-123-B, staat elke avond op de Lindelaan.\nWie weet het huisnummer?',
      context: { channel: { name: 'Lombok Leaks', id: '@lombokleaks' }, forwardedFrom: null, media: [{ kind: 'photo', name: null }] },
    });
  });

  it('keeps views, time and file cards out of the text; names the forward origin and the document', () => {
    expect(posts[0]!.info.text).toBe('Nieuwe info over de wijkagent van Lombok volgt vanavond. Blijf kijken 👀');
    expect(posts[0]!.info.author.name).toBe('Lombok Leaks');
    expect(posts[2]!.info.context).toEqual({ channel: { name: 'Lombok Leaks', id: '@lombokleaks' }, forwardedFrom: 'Utrecht Nieuws Alternatief', media: [] });
    expect(posts[2]!.info.text).toBe('Politie Utrecht zoekt getuigen van incident in Lombok. Meer op utrechtnieuws-alt.example/lombok');
    expect(posts[3]!.info.text).toBe('Volledige lijst, deel hem.');
    expect(posts[3]!.info.context!.media).toEqual([{ kind: 'document', name: 'adressen_lombok_oost.pdf' }]);
    expect(posts[4]!.info.postedAt).toEqual({ shown: '12 januari 2025, 08:02', parsed: '2025-01-12T07:02:09.000Z' });
    expect(posts[4]!.info.permalink).toBe('https://t.me/lombokleaks/418');
  });
});

describe('Telegram Web K, private group (tests/fixtures/sites/telegram-composer.html)', () => {
  const posts = postsIn('telegram', 'telegram-composer', K_GROUP);

  it('names each sender with their peer id, also where the name line is hidden; no public links', () => {
    expect(posts.map((p) => [p.info.postId, p.info.author.name, p.info.author.accountId])).toEqual([
      ['9001', 'Ruud K', '5123456789'], ['9002', 'Ruud K', '5123456789'], ['9003', 'Ruud K', '5123456789'], ['9004', 'Anouk de B.', '5999000111'],
    ]);
    for (const p of posts) expect(p.info.permalink).toBeNull();
    expect(posts[0]!.info.context!.channel).toEqual({ name: 'Buurtapp Lombok-Oost', id: '-2233445566' });
  });

  it('reads a forward by a member, a voice message and a sticker', () => {
    expect(posts[1]!.info).toMatchObject({ text: 'Goedemorgen. Vandaag gaan we haar opzoeken.', context: { forwardedFrom: 'Lombok Leaks' } });
    expect(posts[1]!.info.postedAt).toEqual({ shown: '12 januari 2025, 08:09', parsed: '2025-01-12T07:09:50.000Z' });
    expect(posts[2]!.info).toMatchObject({ text: '', context: { forwardedFrom: null, media: [{ kind: 'audio', name: null }] } });
    expect(posts[3]!.info).toMatchObject({ text: '', context: { media: [{ kind: 'sticker', name: null }] } });
  });
});

describe('Telegram Web A, private group (tests/fixtures/sites/telegram-a-group.html)', () => {
  const posts = postsIn('telegram', 'telegram-a-group', A_GROUP);

  it('finds every message once (not the bottom markers) with its sender, also under a photo and in a forward', () => {
    expect(posts.map((p) => [p.info.postId, p.info.author.name])).toEqual([
      ['9001', 'Ruud K'], ['9002', 'Ruud K'], ['9003', 'Anouk de B.'], ['9004', 'Anouk de B.'], ['9010', 'Ruud K'], ['9011', 'Ruud K'], ['9013', 'Mo'],
    ]);
    for (const p of posts) {
      expect(postInfoSchema.safeParse(p.info).success, p.info.postId!).toBe(true);
      expect(p.info.permalink).toBeNull();
      expect(p.info.context!.channel).toEqual({ name: 'Buurtapp Lombok-Oost', id: '-1002233445566' });
    }
  });

  it('reads the time as shown under the date header, the verbatim text with emoji, and no meta', () => {
    expect(posts[0]!.info).toEqual({
      author: { name: 'Ruud K', handle: null, profileUrl: null, accountId: null },
      postId: '9001',
      permalink: null,
      postedAt: { shown: '11 januari 2025, 21:40', parsed: local(11, 21, 40) },
      text: 'Iemand die kleine Mila kent? Ze zit op De Regenboog toch? 🤔',
      context: { channel: { name: 'Buurtapp Lombok-Oost', id: '-1002233445566' }, forwardedFrom: null, media: [] },
    });
    expect(posts[4]!.info.postedAt).toEqual({ shown: '12 januari 2025, 08:09', parsed: local(12, 8, 9) });
  });

  it('reads forward origin and media: photo with caption, document name, voice, sticker', () => {
    expect(posts[1]!.info).toMatchObject({ text: 'Dit is haar auto. XK-123-B, staat elke avond op de Lindelaan.\nWie weet het huisnummer?', context: { forwardedFrom: 'Lombok Leaks' } });
    expect(posts[2]!.info).toMatchObject({ text: 'Zo te zien staat hij er nu ook', context: { forwardedFrom: null, media: [{ kind: 'photo', name: null }] } });
    expect(posts[3]!.info).toMatchObject({ text: '', context: { media: [{ kind: 'document', name: 'kenteken_check_XK123B.pdf' }] } });
    expect(posts[4]!.info.context!.media).toEqual([{ kind: 'audio', name: null }]);
    expect(posts[5]!.info.context!.media).toEqual([{ kind: 'sticker', name: null }]);
  });
});

describe('Telegram: the chat from the address, dates as shown', () => {
  it('takes a username or a peer id from the hash, and gives a public link only with a username', () => {
    expect(chatFromHash('https://web.telegram.org/k/#@lombokleaks', 'L')).toEqual({ name: 'L', id: '@lombokleaks', username: 'lombokleaks', peerId: null });
    expect(chatFromHash('https://web.telegram.org/a/#-1002233445566_12', null)).toMatchObject({ id: '-1002233445566', username: null });
    expect(chatFromHash('https://web.telegram.org/k/', 'X')).toMatchObject({ id: null, username: null });
    expect(chatFromHash('https://web.telegram.org/k/#@a', null).username).toBeNull();
  });

  it('parses absolute and relative date headers with the time, in the local zone, and refuses what it cannot read', () => {
    const now = new Date(2026, 2, 4, 12, 0); // a Wednesday
    expect(parseShown('Vandaag', '08:05', now)).toBe(new Date(2026, 2, 4, 8, 5).toISOString());
    expect(parseShown('Gisteren', '23:59', now)).toBe(new Date(2026, 2, 3, 23, 59).toISOString());
    expect(parseShown('maandag', '7:01', now)).toBe(new Date(2026, 2, 2, 7, 1).toISOString());
    expect(parseShown('woensdag', '7:01', now)).toBe(new Date(2026, 1, 25, 7, 1).toISOString());
    expect(parseShown('11 januari', '21:14', now)).toBe(new Date(2026, 0, 11, 21, 14).toISOString());
    expect(parseShown('5 december', '10:00', now)).toBe(new Date(2025, 11, 5, 10, 0).toISOString());
    expect(parseShown('January 11, 2025', '9:14 PM', now)).toBe(new Date(2025, 0, 11, 21, 14).toISOString());
    expect(parseShown('11 januari 2025', null, now)).toBeNull();
    expect(parseShown('Gepland', '08:00', now)).toBeNull();
  });
});

describe('Telegram: is the message still online', () => {
  const want = { postId: '413', permalink: 'https://t.me/lombokleaks/413', text: 'Dit is haar auto.' };
  const page = (title: string, text: string) => ({ title, text, posts: [] });

  it('finds the message by its id in the chat', () => {
    expect(judge(probePage(loadFixture('telegram-k-channel'), telegram), telegram.availability, want).result).toBe('online');
  });

  it('says removed when the chat is gone, cannot tell behind the login page or when the message is not loaded', () => {
    expect(judge(page('Telegram Web', 'Sorry, this channel is private or does not exist.'), telegram.availability, want).result).toBe('onbekend');
    expect(judge(page('Telegram Web', "This channel can't be displayed because it violated Telegram's Terms of Service."), telegram.availability, want).result).toBe('verwijderd');
    expect(judge(page('Telegram Web', "Sorry, this user doesn't seem to exist."), telegram.availability, want).result).toBe('verwijderd');
    expect(judge(page('Telegram', 'Log in to Telegram by QR Code\nLog in by phone Number'), telegram.availability, want)).toEqual({ result: 'onbekend', reason: 'inlogscherm: "Log in to Telegram"' });
    expect(judge(probePage(loadFixture('telegram-a-group'), telegram), telegram.availability, want).result).toBe('onbekend');
  });
});
