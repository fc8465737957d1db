import { createContext, useContext } from 'react';
import type { InternalChatView } from './internalChatApi';

export interface InternalChatState {
  /** The user's chats (the company channel first), null before the first load. */
  chats: InternalChatView[] | null;
  /** The menu badge: unread messages of all chats. */
  unreadTotal: number;
  /** Asks the server for the chats again (the page on mount, a chat not known yet). */
  reload(): Promise<void>;
  /** The chat on screen: its new messages are read at once instead of counted. */
  setOpenChat(chatId: number | null): void;
  /** Marks a chat read (on the server, then here). */
  markRead(chatId: number): void;
  /** Puts a chat the user just opened into the list (a new direct chat). */
  upsert(chat: InternalChatView): void;
}

export const InternalChatContext = createContext<InternalChatState | null>(null);

export function useInternalChats(): InternalChatState {
  const value = useContext(InternalChatContext);
  if (!value) throw new Error('useInternalChats must be used inside <InternalChatProvider>');
  return value;
}
