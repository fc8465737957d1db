// The Whaticket-style AI answer, for comparison in the same run: a listener in the process that stored the
// message, one message after the other (a single sequential worker: a naive `await` per message), no
// debounce (every message is answered, a burst gets one answer per message), no queue, no lock, no
// structured output, handoff rules or guard: the last messages read back, the model asked for plain text, the
// text stored as the reply. Model call and reply write are Atende's own (`chat()`: the real openai SDK and the
// usage row; `writeOutgoingMessage` + the outbound queue), so the two paths differ only in how the turns are
// orchestrated.
import { QueryTypes } from 'sequelize';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { chat } from '../../backend/src/ai/client.js';
import { ctx } from '../../backend/src/context.js';
import type { AiAgentRecord } from '../../backend/src/db/aiAgents.js';
import { domainEvents } from '../../backend/src/events/bus.js';
import type { DomainEvents } from '../../backend/src/events/payloads.js';
import { writeOutgoingMessage } from '../../backend/src/services/messages/writeOutgoingMessage.js';

type Stored = DomainEvents['message.created'];

async function answer(agent: AiAgentRecord, { companyId, whatsappId, contact, ticket }: Stored): Promise<void> {
  const { sequelize, outbound } = ctx();
  const rows = await sequelize.query<{ body: string; fromMe: boolean }>(
    `SELECT body, "fromMe" FROM "Messages" WHERE "ticketId" = :ticketId ORDER BY id DESC LIMIT :n`,
    { replacements: { ticketId: ticket.id, n: agent.historyWindow }, type: QueryTypes.SELECT },
  );
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: `${agent.systemPrompt}\n\n${agent.knowledge}` },
    ...rows.reverse().map((r): ChatCompletionMessageParam => ({ role: r.fromMe ? 'assistant' : 'user', content: r.body })),
  ];
  const { text } = await chat(agent, messages, { purpose: 'reply', ticketId: ticket.id });
  const row = await sequelize.transaction((transaction) =>
    writeOutgoingMessage(
      transaction,
      { companyId, ticketId: ticket.id, contactId: contact.id, contactName: contact.name, number: contact.number, whatsappId },
      { body: text },
    ),
  );
  outbound.enqueue(whatsappId, row.id);
}

/** Answers every customer message stored on connection `whatsappId`, one at a time, in arrival order. */
export function whaticketStyleListener(agent: AiAgentRecord, whatsappId: number): () => void {
  let chain = Promise.resolve();
  return domainEvents.subscribe('message.created', (stored) => {
    if (stored.whatsappId !== whatsappId || stored.message.fromMe) return;
    chain = chain.then(() => answer(agent, stored)).catch((err: unknown) => console.error('whaticket-style answer failed:', err));
  });
}
