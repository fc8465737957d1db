import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext';
import { SocketContext } from '../realtime/SocketContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { internalChatApi, type InternalChatMessageView, type InternalChatView } from './internalChatApi';
import { InternalChatContext, type InternalChatState } from './InternalChatContext';

/** The channel first, then direct chats by latest message (new ones without a message after them). */
function ordered(chats: InternalChatView[]): InternalChatView[] {
  const rank = (c: InternalChatView) => (c.kind === 'channel' ? Number.MAX_SAFE_INTEGER : (c.lastMessage?.id ?? 0));
  return [...chats].sort((a, b) => rank(b) - rank(a) || b.id - a.id);
}

function withMessage(chat: InternalChatView, message: InternalChatMessageView, counts: boolean): InternalChatView {
  if (chat.lastMessage && chat.lastMessage.id >= message.id) return chat;
  return { ...chat, lastMessage: message, unread: chat.unread + (counts ? 1 : 0) };
}

/**
 * The internal chat's list and unread counts for the whole app (the menu badge and the chat page), kept live by
 * the server's `internalChatMessage` and `internalChatRead` events. Loaded on every socket (re)connection —
 * what arrived while offline is counted by the server — and by the page when it opens.
 */
export function InternalChatProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const socket = useContext(SocketContext);
  const [chats, setChats] = useState<InternalChatView[] | null>(null);
  const openChat = useRef<number | null>(null);
  // The list as last rendered, for the socket handler to tell a known chat from a new one.
  const known = useRef<InternalChatView[] | null>(null);
  useEffect(() => {
    known.current = chats;
  }, [chats]);

  const reload = useCallback(async () => {
    const { chats: loaded } = await internalChatApi.list();
    setChats(ordered(loaded));
  }, []);

  useEffect(() => {
    if (!socket) return;
    const load = () => void reload().catch(() => undefined); // The next connection or the page asks again.
    socket.on('connect', load);
    // The first connection may have completed before this effect ran: socket.io sets `id` only while connected.
    if (socket.id) load();
    return () => {
      socket.off('connect', load);
    };
  }, [socket, reload]);

  const markRead = useCallback((chatId: number) => {
    setChats((current) => current?.map((c) => (c.id === chatId ? { ...c, unread: 0 } : c)) ?? current);
    void internalChatApi.read(chatId).catch(() => undefined); // Still unread on the server: the next load shows it.
  }, []);

  const setOpenChat = useCallback((chatId: number | null) => {
    openChat.current = chatId;
  }, []);
  const upsert = useCallback((chat: InternalChatView) => setChats((current) => ordered([...(current ?? []).filter((c) => c.id !== chat.id), chat])), []);

  useSocketEvent('internalChatMessage', ({ message }) => {
    const mine = message.sender?.id === user?.id;
    const onScreen = openChat.current === message.chatId;
    if (known.current && !known.current.some((c) => c.id === message.chatId)) {
      void reload().catch(() => undefined); // A direct chat a colleague just started with this user.
    } else {
      setChats((current) => current && ordered(current.map((c) => (c.id === message.chatId ? withMessage(c, message, !mine && !onScreen) : c))));
    }
    if (onScreen && !mine) void internalChatApi.read(message.chatId).catch(() => undefined);
  });
  useSocketEvent('internalChatRead', ({ chatId }) => {
    setChats((current) => current?.map((c) => (c.id === chatId ? { ...c, unread: 0 } : c)) ?? current);
  });

  const value = useMemo<InternalChatState>(
    () => ({
      chats,
      unreadTotal: chats?.reduce((sum, c) => sum + c.unread, 0) ?? 0,
      reload,
      markRead,
      setOpenChat,
      upsert,
    }),
    [chats, reload, markRead, setOpenChat, upsert],
  );
  return <InternalChatContext.Provider value={value}>{children}</InternalChatContext.Provider>;
}
