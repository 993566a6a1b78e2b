import { isoTime, textOf, verbatimText } from './post-parts';
import { clockIn, shownOf } from './telegram-date';
import { authorOf, chatFromHash, contextOf, tmeLink } from './telegram-parts';
import type { PostContext, PostInfo } from './types';

/**
 * Telegram Web K (tweb, web.telegram.org/k/). Fixtures: tests/fixtures/sites/telegram-k-channel.html
 * (a public channel) and tests/fixtures/sites/telegram-composer.html (a private group with its composer).
 * A message is a .bubble[data-mid] with its time in data-timestamp (Unix seconds).
 */
export const K_POST = '.bubble[data-mid]:not(.service)';

/** Parts of a bubble's .message that are not the message's words. */
const NOT_TEXT = '.time, .reactions, .reactions-element, reactions-element, .document-container, audio-element, .audio, .webpage, .reply, .name, .bubble-beside-button, .replies-footer, .poll, .contact, .geo-container';

/** tweb's local id of a channel or supergroup message is 2^32 + the server's id (MESSAGE_ID_OFFSET). */
const OFFSET = 0x100000000;
function serverId(mid: string | null): string | null {
  const n = Number(mid);
  if (!mid || !Number.isSafeInteger(n) || n <= 0) return null;
  return String(n >= OFFSET ? n - OFFSET : n);
}

/** The group member who sent a bubble: its own name line, else that of the first bubble of its group. */
function senderOf(post: Element): { name: string | null; peerId: string | null } | null {
  const own = (b: Element) => Array.from(b.querySelectorAll('.name .peer-title')).find((t) => !t.closest('.bubble-name-forwarded')) ?? null;
  const group = post.closest('.bubbles-group');
  const title = own(post) ?? Array.from(group?.querySelectorAll(K_POST) ?? []).map(own).find(Boolean) ?? null;
  const avatar = group?.querySelector('.bubbles-group-avatar[data-peer-id]') ?? null;
  if (!title && !avatar) return null;
  return { name: title ? verbatimText(title) || null : null, peerId: title?.getAttribute('data-peer-id') ?? avatar?.getAttribute('data-peer-id') ?? null };
}

function mediaOf(post: Element): PostContext['media'] {
  const media: PostContext['media'] = [];
  for (const el of post.querySelectorAll('img.media-photo, video.media-video, .media-sticker-wrapper, .document-container .document, audio-element')) {
    if (el.matches('.media-sticker-wrapper') || post.classList.contains('sticker')) {
      if (!media.some((m) => m.kind === 'sticker')) media.push({ kind: 'sticker', name: null });
    } else if (el.matches('img.media-photo')) media.push({ kind: 'photo', name: null });
    else if (el.matches('video.media-video')) media.push({ kind: 'video', name: null });
    else if (el.matches('audio-element')) media.push({ kind: 'audio', name: textOf(el, '.audio-title') });
    else if (!el.closest('audio-element') && !el.matches('.audio')) {
      const name = el.querySelector('.document-name');
      media.push({ kind: 'document', name: name?.querySelector('[title]')?.getAttribute('title') ?? (verbatimText(name) || null) });
    }
  }
  return media;
}

export function extractK(post: Element, pageUrl: string): PostInfo {
  const doc = post.ownerDocument;
  const header = doc.querySelector('.chat.active .chat-info .peer-title') ?? doc.querySelector('.chat-info .peer-title');
  const chat = chatFromHash(pageUrl, header ? verbatimText(header) || null : null, header?.getAttribute('data-peer-id') ?? null);
  const channelPost = post.classList.contains('channel-post') || post.closest('.bubbles-inner.is-broadcast') !== null;
  const forwarded = post.querySelector('.name .bubble-name-forwarded');
  const postId = serverId(post.getAttribute('data-mid'));
  const date = post.closest('.bubbles-date-group')?.querySelector('.bubble.is-date .service-msg') ?? null;
  const time = post.querySelector('.time .time-inner') ?? post.querySelector('.time');
  return {
    author: authorOf(chat, channelPost ? null : post.classList.contains('is-out') ? { name: null, peerId: null } : senderOf(post), textOf(post, '.time .post-author')),
    postId,
    permalink: tmeLink(chat.username, postId),
    postedAt: { shown: shownOf(date ? verbatimText(date) || null : null, clockIn(time)), parsed: isoTime(post.getAttribute('data-timestamp')) },
    text: verbatimText(post.querySelector('.bubble-content > .message'), NOT_TEXT),
    context: contextOf(chat, forwarded ? textOf(forwarded, '.peer-title') ?? (verbatimText(forwarded) || null) : null, mediaOf(post)),
  };
}
