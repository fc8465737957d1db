// The two writes every stored inbound message makes, shared by the full path (saveInboundMessage.ts) and the
// short one (saveToActiveTicket.ts) so that both store exactly the same row and move the ticket the same way.
// Both bind the columns saveInboundMessage builds, plus :contactId, :preview and the ticket they name.

/** The message row, inserted into the ticket `t` chosen by the FROM … WHERE that follows; a redelivery inserts nothing. */
export function insertInboundMessage(ticketOfMessage: string): string {
  return `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "sentAt",
      "quotedMsgId", "mediaStatus", mimetype, "fileName", content, raw)
    SELECT :companyId, t.id, :contactId, :whatsappId, :wid, :fromMe, :body, :mediaType, :sentAt,
      -- a reply links to the quoted row when this connection stored it; unknown quotes stay unlinked
      (SELECT q.id FROM "Messages" q WHERE q."whatsappId" = :whatsappId AND q.wid = :quotedWid AND q."companyId" = :companyId),
      :mediaStatus, :mimetype, :fileName, :content::jsonb, :raw::jsonb
    ${ticketOfMessage}
    ON CONFLICT ("whatsappId", wid) DO NOTHING`;
}

/** What the ticket shows of its latest message; a message sent from the account's own phone marks it read. */
export const TICKET_MOVED_BY_MESSAGE = `"unreadMessages" = CASE WHEN :fromMe THEN 0 ELSE "unreadMessages" + 1 END,
  "lastMessage" = :preview, "lastMessageAt" = :sentAt, "updatedAt" = now()`;

/** The ticket's placement and preview as the `message.created` event carries them (SavedRows['ticket']). */
export const MOVED_TICKET_COLUMNS = ['id', 'uuid', 'status', 'userId', 'queueId', 'unreadMessages', 'lastMessage', 'lastMessageAt'] as const;
