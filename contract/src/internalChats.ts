// Internal chat between a company's users (issue 17): one-to-one conversations and the company channel.
// Messages stay inside Atende; they are never sent to WhatsApp.

export type InternalChatKind = 'channel' | 'direct';

export interface InternalChatMessageView {
  id: number;
  chatId: number;
  body: string;
  /** Null once the sender's user was deleted (a channel message stays). */
  sender: { id: number; name: string } | null;
  createdAt: string;
}

export interface InternalChatView {
  id: number;
  kind: InternalChatKind;
  /** The colleague of a direct chat (as the caller sees it); null for the channel. */
  peer: { id: number; name: string } | null;
  lastMessage: InternalChatMessageView | null;
  /** Messages of others after the caller's read mark. */
  unread: number;
}

/** One page of a chat's history, newest first; `nextCursor` asks for the older page (null: no more). */
export interface InternalChatMessagesPage {
  messages: InternalChatMessageView[];
  nextCursor: string | null;
}
