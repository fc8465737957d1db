import type { InternalChatMessageView, InternalChatView } from '@atende/contract';
import type { InternalChatListRow, InternalChatMessageRow } from '../db/internalChats.js';
import { iso } from '../db/sql.js';

export function presentInternalChatMessage(row: InternalChatMessageRow): InternalChatMessageView {
  return {
    id: Number(row.id),
    chatId: row.chatId,
    body: row.body,
    sender: row.userId === null ? null : { id: row.userId, name: row.userName ?? '' },
    createdAt: iso(row.createdAt),
  };
}

export function presentInternalChat(row: InternalChatListRow): InternalChatView {
  return {
    id: row.id,
    kind: row.kind,
    peer: row.kind === 'direct' && row.peerId !== null ? { id: row.peerId, name: row.peerName ?? '' } : null,
    lastMessage:
      row.lastId === null
        ? null
        : presentInternalChatMessage({
            id: row.lastId,
            chatId: row.id,
            userId: row.lastUserId,
            userName: row.lastUserName,
            body: row.lastBody ?? '',
            createdAt: row.lastCreatedAt!,
          }),
    unread: Number(row.unread),
  };
}
