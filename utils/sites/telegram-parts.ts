import type { PostContext, PostInfo } from './types';

/** What Telegram Web K and A share: the chat from the URL hash, public links, authors, shown dates. */

export interface Chat {
  name: string | null;
  /** As the URL hash names the chat: "@username" or a numeric peer id ("-1001234567890"). */
  id: string | null;
  /** The public username, when the hash gives it: only public channels and groups have one. */
  username: string | null;
  /** The client's peer id of the chat, where the header carries it (WebK: data-peer-id). */
  peerId: string | null;
}

/** The chat the page's address opens: `#@channelname`, `#-1001234567890`, `#-100…_12` (a thread). */
export function chatFromHash(pageUrl: string, name: string | null, peerId: string | null = null): Chat {
  let hash = '';
  try {
    hash = decodeURIComponent(new URL(pageUrl).hash.slice(1));
  } catch {
    hash = '';
  }
  const user = /^@([A-Za-z][\w]{3,31})(?:[?/_]|$)/.exec(hash)?.[1] ?? null;
  const peer = /^(-?\d{1,20})(?:[?_]|$)/.exec(hash)?.[1] ?? null;
  return { name, id: user ? `@${user}` : peer, username: user, peerId };
}

/** The message's public link, only where the chat has a username; private chats get none (never a made-up one). */
export function tmeLink(username: string | null, postId: string | null): string | null {
  return username && postId ? `https://t.me/${username}/${postId}` : null;
}

/**
 * Who posted: in a channel the channel itself (its signature, when the post has one, as name); in a
 * group the sender the page shows. The account id is the peer id where the page exposes it.
 */
export function authorOf(chat: Chat, sender: { name: string | null; peerId: string | null } | null, signature: string | null): PostInfo['author'] {
  if (sender) return { name: sender.name, handle: null, profileUrl: null, accountId: sender.peerId };
  return {
    name: signature ?? chat.name,
    handle: chat.username ? `@${chat.username}` : null,
    profileUrl: chat.username ? `https://t.me/${chat.username}` : null,
    accountId: chat.peerId ?? (chat.id && !chat.id.startsWith('@') ? chat.id : null),
  };
}

export function contextOf(chat: Chat, forwardedFrom: string | null, media: PostContext['media']): PostContext {
  return { channel: chat.name || chat.id ? { name: chat.name, id: chat.id } : null, forwardedFrom, media };
}
