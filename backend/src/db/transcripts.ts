import type { Transaction } from 'sequelize';
import { many, one } from './sql.js';
import { messageColumns, type MessageRow } from './messages.js';

// Voice-note transcripts (issue 13): "Messages".transcript, written once by the transcription job and read by
// the chat (under the player) and by the AI step (what the customer said). Only inbound audio is transcribed.

/** The kinds of message that carry speech. */
export const SPOKEN_MEDIA_TYPES = ['voice', 'audio'] as const;

/** What the transcription job needs of a message: its file, and where its ticket is (which agent transcribes). */
export interface SpokenMessage {
  id: string;
  ticketId: number;
  mediaType: string;
  mediaPath: string | null;
  mimetype: string | null;
  mediaStatus: string | null;
  fromMe: boolean;
  isDeleted: boolean;
  transcript: string | null;
  whatsappId: number | null;
  queueId: number | null;
}

export function spokenMessage(companyId: number, messageId: number | string): Promise<SpokenMessage | undefined> {
  return one<SpokenMessage>(
    `SELECT m.id::text AS id, m."ticketId", m."mediaType", m."mediaPath", m.mimetype, m."mediaStatus", m."fromMe", m."isDeleted", m.transcript,
       t."whatsappId", t."queueId"
     FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId"
     WHERE m.id = :messageId AND m."companyId" = :companyId`,
    { companyId, messageId },
  );
}

/** Writes the transcript of a message that has none yet (a retried job writes nothing twice); the row, for the event. */
export function storeTranscript(
  transaction: Transaction,
  at: { companyId: number; messageId: number | string },
  transcript: string,
): Promise<MessageRow | undefined> {
  return one<MessageRow>(
    `UPDATE "Messages" SET transcript = :transcript, "updatedAt" = now()
     WHERE id = :messageId AND "companyId" = :companyId AND transcript IS NULL AND NOT "isDeleted"
     RETURNING ${messageColumns()}`,
    { ...at, transcript },
    { transaction },
  );
}

/** A customer's voice note of the turn being answered that has no transcript yet. */
export interface UntranscribedNote {
  id: string;
  mediaStatus: string | null;
  /** Milliseconds since it was stored. */
  ageMs: number;
}

/**
 * The customer's voice notes without a transcript among the messages the AI answers with message `upTo`: those
 * after Atende last spoke on the ticket (the customer's turn), up to `upTo`.
 */
export function untranscribedNotesOfTurn(ticketId: number, upTo: string): Promise<UntranscribedNote[]> {
  return many<UntranscribedNote>(
    `SELECT m.id::text AS id, m."mediaStatus", (extract(epoch FROM now() - m."createdAt") * 1000)::float8 AS "ageMs"
     FROM "Messages" m
     WHERE m."ticketId" = :ticketId AND m.id <= :upTo AND NOT m."fromMe" AND NOT m."isDeleted"
       AND m."mediaType" IN (:spoken) AND m.transcript IS NULL
       AND m.id > COALESCE((SELECT max(o.id) FROM "Messages" o WHERE o."ticketId" = :ticketId AND o."fromMe" AND o.id <= :upTo), 0)
     ORDER BY m.id`,
    { ticketId, upTo, spoken: [...SPOKEN_MEDIA_TYPES] },
  );
}
