import type { Transaction } from 'sequelize';
import { exists, many, one } from './sql.js';
import { TICKET_COLUMNS, type TicketRow } from './tickets.js';

// The bot phase of a ticket (issue 13): while "botActive", the AI agent answers the customer, and the menu and
// distribution leave the ticket alone. It starts when a new ticket lands where an enabled agent answers (at
// creation, or when the menu files it in a queue), and ends once — handed over by the AI, taken over by a
// supervisor, or moved by any lifecycle step (updateTicketPlacement clears it).

/**
 * SQL: whether an enabled agent answers a ticket in queue `queueId` on connection `whatsappId` (expressions of
 * the statement using it): the queue's agent wins over the connection's, and a disabled agent on the queue
 * means none (as findAgentFor in aiAgents.ts).
 */
export function agentAnswersAt(companyId: string, queueId: string, whatsappId: string): string {
  return `EXISTS (SELECT 1 FROM "AiAgents" a WHERE a."companyId" = ${companyId} AND a.enabled AND a.id = COALESCE(
    (SELECT q."aiAgentId" FROM "Queues" q WHERE q.id = ${queueId}),
    (SELECT w."aiAgentId" FROM "Whatsapps" w WHERE w.id = ${whatsappId})))`;
}

/** Whether an enabled agent answers tickets of this queue on this connection (the menu filing a ticket there). */
export function agentAnswers(transaction: Transaction, at: { companyId: number; queueId: number | null; whatsappId: number | null }): Promise<boolean> {
  return exists(`SELECT 1 WHERE ${agentAnswersAt(':companyId', ':queueId', ':whatsappId')}`, { ...at }, { transaction });
}

/**
 * Starts the bot phase of a ticket the chatbot lets go of in its queue (its options answered), when an agent
 * answers there and nobody has the ticket. The ticket as it is then, or undefined when the phase did not start.
 */
export function startBotPhase(transaction: Transaction, companyId: number, ticketId: number): Promise<TicketRow | undefined> {
  return one<TicketRow>(
    `WITH started AS (
       UPDATE "Tickets" t SET "botActive" = TRUE, "updatedAt" = now()
       WHERE t.id = :ticketId AND t."companyId" = :companyId AND t.status = 'pending' AND t."userId" IS NULL
         AND NOT t."botActive" AND t."chatbotState" IS NULL AND ${agentAnswersAt('t."companyId"', 't."queueId"', 't."whatsappId"')}
       RETURNING t.*)
     SELECT ${TICKET_COLUMNS} FROM started t JOIN "Contacts" c ON c.id = t."contactId"`,
    { companyId, ticketId },
    { transaction },
  );
}

/** What the AI step reads of a ticket before answering: where it is, its turn count, and whether this message still needs an answer. */
export interface BotTurnState {
  status: TicketRow['status'];
  botActive: boolean;
  whatsappId: number | null;
  queueId: number | null;
  aiTurns: number;
  /** The newest message from the customer (a later one has its own job, which answers the whole burst). */
  latestCustomerMessageId: string | null;
  /** The reply to the message is stored already (a retried job): its WhatsApp id `replyWid` exists on the connection. */
  answered: boolean;
}

/** Inside a transaction the ticket row stays locked until it ends (the reply is written under that lock). */
export function botTurnState(at: { companyId: number; ticketId: number; replyWid: string }, transaction?: Transaction): Promise<BotTurnState | undefined> {
  return one<BotTurnState>(
    `SELECT t.status, t."botActive", t."whatsappId", t."queueId", t."aiTurns",
       (SELECT max(m.id)::text FROM "Messages" m WHERE m."ticketId" = t.id AND NOT m."fromMe") AS "latestCustomerMessageId",
       EXISTS (SELECT 1 FROM "Messages" m WHERE m."whatsappId" = t."whatsappId" AND m.wid = :replyWid) AS answered
     FROM "Tickets" t WHERE t.id = :ticketId AND t."companyId" = :companyId ${transaction ? 'FOR UPDATE OF t' : ''}`,
    { ...at },
    { transaction },
  );
}

/** One message of the conversation as the model reads it. */
export interface PromptMessage {
  id: string;
  fromMe: boolean;
  body: string;
  mediaType: string;
  transcript: string | null;
}

/**
 * The last `count` messages of the ticket up to message `upTo` (the one being answered), oldest first, in the
 * order Atende stored them — the order its answers responded to. Deleted messages are left out.
 */
export async function conversationUpTo(ticketId: number, upTo: string, count: number): Promise<PromptMessage[]> {
  const rows = await many<PromptMessage>(
    `SELECT m.id::text AS id, m."fromMe", m.body, m."mediaType", m.transcript FROM "Messages" m
     WHERE m."ticketId" = :ticketId AND m.id <= :upTo AND NOT m."isDeleted"
     ORDER BY m.id DESC LIMIT :count`,
    { ticketId, upTo, count },
  );
  return rows.reverse();
}

/** The AI answered one more time on this ticket (maxTurns counts these). */
export async function countAiTurn(transaction: Transaction, ticketId: number): Promise<void> {
  await many(`UPDATE "Tickets" SET "aiTurns" = "aiTurns" + 1 WHERE id = :ticketId RETURNING id`, { ticketId }, { transaction });
}

/**
 * Ends the bot phase of a ticket still in it (locked by the caller): the ticket stays where it is — pending in
 * its queue — for people. False when it had already ended (handed over or taken over meanwhile).
 */
export async function endBotPhase(transaction: Transaction, ticketId: number): Promise<boolean> {
  const ended = await many(
    `UPDATE "Tickets" SET "botActive" = FALSE, "updatedAt" = now() WHERE id = :ticketId AND "botActive" RETURNING id`,
    { ticketId },
    { transaction },
  );
  return ended.length > 0;
}

/** The customer's last `count` messages of the ticket, oldest first (what the handoff note quotes). */
export async function lastCustomerMessages(ticketId: number, count: number): Promise<PromptMessage[]> {
  const rows = await many<PromptMessage>(
    `SELECT m.id::text AS id, m."fromMe", m.body, m."mediaType", m.transcript FROM "Messages" m
     WHERE m."ticketId" = :ticketId AND NOT m."fromMe" AND NOT m."isDeleted" ORDER BY m.id DESC LIMIT :count`,
    { ticketId, count },
  );
  return rows.reverse();
}
