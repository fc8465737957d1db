import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AiAgentRecord } from '../db/aiAgents.js';
import type { PromptMessage } from '../db/botPhase.js';
import { systemMessageOf } from './prompt.js';
import { messageText } from './replyPrompt.js';

// What the attendant's assist asks a model (issue 13): a draft of the next reply, or a summary of the
// conversation. As in the AI step, the customer's words are only ever `user` messages and everything the
// company sent is `assistant`; the instructions are system messages written by Atende (in English, which models
// follow most reliably). Nothing of it reaches the customer: the attendant reads it, and decides.

export type AssistKind = 'suggest' | 'summary';
export type AssistLanguage = 'pt-BR' | 'en' | 'es';

const LANGUAGE_NAMES: Record<AssistLanguage, string> = { 'pt-BR': 'Brazilian Portuguese', en: 'English', es: 'Spanish' };

// The word "summary" is kept out on purpose: the demo brain (simulator/) answers a system message that says it
// with a summary instead of a reply.
const SUGGEST = `You are helping a human attendant of the company above answer a customer on WhatsApp. Write the next message the attendant could send to the customer: in the customer's language, brief, polite, plain text fit for WhatsApp.
Use only the instructions and the knowledge above; never invent prices, dates or policies — where you do not know, say that the attendant will check.
Answer with the message itself only: no quotes, no preamble, no notes to the attendant.`;

const summaryInstruction = (language: AssistLanguage) =>
  `Write a short summary (resumo) of this WhatsApp conversation between a customer and the company, for the attendant who is handling it: what the customer wants, what was already answered or agreed, the data the customer gave (name, e-mail, budget, urgency) and what is still open.
Write in ${LANGUAGE_NAMES[language]}, at most six short lines of plain text, without inventing anything that was not said.`;

const conversationOf = (messages: readonly PromptMessage[]) =>
  messages.map((m): ChatCompletionMessageParam => (m.fromMe ? { role: 'assistant', content: messageText(m) } : { role: 'user', content: messageText(m) }));

/** The request of an assist call: a draft reply in the agent's voice, or a summary after the conversation. */
export function assistMessages(
  kind: AssistKind,
  agent: Pick<AiAgentRecord, 'systemPrompt' | 'knowledge'>,
  conversation: readonly PromptMessage[],
  language: AssistLanguage,
): ChatCompletionMessageParam[] {
  if (kind === 'suggest') {
    const system = [systemMessageOf(agent), SUGGEST].filter(Boolean).join('\n\n');
    return [{ role: 'system', content: system }, ...conversationOf(conversation)];
  }
  // The instruction comes after the conversation too, so the model summarises instead of answering the customer.
  return [
    { role: 'system', content: summaryInstruction(language) },
    ...conversationOf(conversation),
    { role: 'system', content: 'Now write the summary (resumo) of the conversation above, as instructed.' },
  ];
}
