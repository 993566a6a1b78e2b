import { textOf, verbatimText } from './post-parts';
import { clockIn, parseShown, shownOf } from './telegram-date';
import { authorOf, chatFromHash, contextOf, tmeLink } from './telegram-parts';
import type { PostContext, PostInfo } from './types';

/**
 * Telegram Web A (telegram-tt, web.telegram.org/a/). Fixture: tests/fixtures/sites/telegram-a-group.html
 * (a private group with its composer). A message is a .Message.message-list-item[data-message-id]; it
 * shows only its time (MessageMeta), the day stands in the date group's sticky header above it.
 */
export const A_POST = '.message-list-item[data-message-id]';

/** Parts of a message's .text-content that are not the message's words. */
const NOT_TEXT = '.MessageMeta, .Reactions, .message-title, .EmbeddedMessage, .WebPage, .File, .Audio, .media-inner, .Sticker';

/** The title naming the sender on this message itself (not the original author of a forwarded one). */
const ownTitle = (m: Element) => Array.from(m.querySelectorAll('.message-title .message-title-name')).find((t) => !t.closest('.forwarded-message')) ?? null;

/**
 * The group member who sent it: its own title, else that of another message of the same sender group
 * (only the first shows one, and none above a photo), else the group's avatar label.
 */
function senderOf(post: Element): { name: string | null; peerId: string | null } | null {
  const group = post.closest('.sender-group-container');
  const title = ownTitle(post) ?? Array.from(group?.querySelectorAll(A_POST) ?? []).map(ownTitle).find(Boolean) ?? null;
  const avatar = group?.querySelector('.Avatar img.avatar-media[alt], .Avatar[aria-label]') ?? null;
  const name = title ? verbatimText(title) : (avatar?.getAttribute('alt') ?? avatar?.getAttribute('aria-label') ?? '');
  return name ? { name, peerId: null } : null;
}

function mediaOf(post: Element): PostContext['media'] {
  const media: PostContext['media'] = [];
  for (const el of post.querySelectorAll('.Sticker, .media-inner, .File, .Audio')) {
    if (el.matches('.Sticker')) media.push({ kind: 'sticker', name: null });
    else if (el.matches('.media-inner') && !el.closest('.Sticker')) {
      media.push({ kind: el.querySelector('video, .message-media-duration') ? 'video' : 'photo', name: null });
    } else if (el.matches('.File')) {
      const title = el.querySelector('.file-title');
      media.push({ kind: 'document', name: title?.getAttribute('title') ?? (verbatimText(title) || null) });
    } else if (el.matches('.Audio')) media.push({ kind: 'audio', name: textOf(el, '.title') });
  }
  return media;
}

export function extractA(post: Element, pageUrl: string): PostInfo {
  const doc = post.ownerDocument;
  const chat = chatFromHash(pageUrl, textOf(doc, '.MiddleHeader .ChatInfo .fullName') ?? textOf(doc, '.ChatInfo .title'));
  const id = post.getAttribute('data-message-id');
  const postId = id && /^\d+$/.test(id) ? id : null;
  const dateEl = post.closest('.message-date-group')?.querySelector('.sticky-date');
  const date = dateEl ? verbatimText(dateEl) || null : null;
  const time = clockIn(post.querySelector('.MessageMeta .message-time'));
  const own = post.classList.contains('own');
  const sender = own ? { name: null, peerId: null } : senderOf(post);
  return {
    author: authorOf(chat, sender, textOf(post, '.MessageMeta .message-signature')),
    postId,
    permalink: tmeLink(chat.username, postId),
    postedAt: { shown: shownOf(date, time), parsed: parseShown(date, time) },
    text: verbatimText(post.querySelector('.text-content'), NOT_TEXT),
    context: contextOf(chat, textOf(post, '.forwarded-message .message-title-name'), mediaOf(post)),
  };
}
