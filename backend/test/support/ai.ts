import { QueryTypes } from 'sequelize';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type RecordedRequest } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { ApiClient } from './api.js';
import { startConnectedApp } from './whatsapp.js';

// The AI agent's tests: a backend with its WhatsApp simulator and the fake OpenAI-compatible server (the real
// `openai` SDK calls it), an agent created and attached through the API as an admin would.

export const AI_KEY = 'sk-test-atende-ai-0123456789abcdef';

export const SYSTEM_PROMPT = 'Você é a assistente virtual da Barbearia Navalha. Seja cordial e responda somente sobre a barbearia.';
export const KNOWLEDGE = ['Corte masculino: R$ 50,00 (30 minutos)', 'Barba completa: R$ 35,00', 'Horário: segunda a sábado, das 9h às 19h'].join('\n');
export const HANDOFF_MESSAGE = 'Vou chamar uma pessoa da equipe para continuar com você.';

/** The usual start: fake model (which checks the key), backend, simulator, a CONNECTED connection; `stop` ends them all. */
export async function startAiApp(phone: string, env: Record<string, string> = {}) {
  const ai = await startFakeOpenAi({ apiKey: AI_KEY });
  const connected = await startConnectedApp(phone, env);
  const stop = async () => {
    connected.adminSocket.close();
    await connected.app.stop();
    await connected.sim.close();
    await ai.close();
  };
  return { ai, ...connected, stop };
}

/** Creates an agent pointing at the fake server, as an admin does; returns its id. */
export async function createAgent(api: ApiClient, token: string, ai: FakeOpenAi, fields: Record<string, unknown> = {}): Promise<number> {
  const created = await api.post(
    '/api/ai-agents',
    {
      name: 'Navalha IA',
      baseUrl: ai.url,
      apiKey: AI_KEY,
      model: 'gpt-4o-mini',
      systemPrompt: SYSTEM_PROMPT,
      knowledge: KNOWLEDGE,
      handoffMessage: HANDOFF_MESSAGE,
      ...fields,
    },
    { token },
  );
  if (created.status !== 201) throw new Error(`agent not created: ${JSON.stringify(created.body)}`);
  return created.body.aiAgent.id as number;
}

/** Attaches an agent (or none) to a connection or a queue, through their own endpoints. */
export async function attachAgent(api: ApiClient, token: string, to: { whatsappId: number } | { queueId: number }, aiAgentId: number | null): Promise<void> {
  const path = 'whatsappId' in to ? `/api/whatsapps/${to.whatsappId}` : `/api/queues/${to.queueId}`;
  const updated = await api.put(path, { aiAgentId }, { token });
  if (updated.status !== 200) throw new Error(`agent not attached: ${JSON.stringify(updated.body)}`);
}

type ChatRecord = RecordedRequest & { body: ChatRequest };

const textOf = (content: ChatRequest['messages'][number]['content']) =>
  typeof content === 'string' ? content : (content ?? []).map((p) => p.text ?? '').join('');

/** The chat requests whose conversation has a user message containing `text`: one customer's requests, when the text is theirs. */
export function requestsAbout(ai: FakeOpenAi, text: string): ChatRecord[] {
  return ai.chatRequests().filter((r) => r.body.messages.some((m) => m.role === 'user' && textOf(m.content).includes(text)));
}

/** A request's messages as role and plain text. */
export function rolesAndTexts(request: ChatRecord): { role: string; text: string }[] {
  return request.body.messages.map((m) => ({ role: m.role, text: textOf(m.content) }));
}

async function rows<T extends object>(sql: string, replacements: Record<string, unknown>): Promise<T[]> {
  return ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
}

/** What the ticket has of the AI: its phase, turns, and the messages the AI and Atende wrote, oldest first. */
export async function aiState(ticketId: number) {
  const [ticket] = await rows<{ botActive: boolean; aiTurns: number; status: string; userId: number | null; queueId: number | null }>(
    `SELECT "botActive", "aiTurns", status, "userId", "queueId" FROM "Tickets" WHERE id = :ticketId`,
    { ticketId },
  );
  const fromAi = await rows<{ body: string }>(`SELECT body FROM "Messages" WHERE "ticketId" = :ticketId AND "fromAi" ORDER BY id`, { ticketId });
  const automatic = await rows<{ body: string }>(`SELECT body FROM "Messages" WHERE "ticketId" = :ticketId AND automatic ORDER BY id`, { ticketId });
  const usage = await rows<{ purpose: string; promptTokens: number; completionTokens: number; aiAgentId: number | null }>(
    `SELECT purpose, "promptTokens", "completionTokens", "aiAgentId" FROM "AiUsage" WHERE "ticketId" = :ticketId ORDER BY id`,
    { ticketId },
  );
  return { ...ticket!, aiReplies: fromAi.map((m) => m.body), automaticTexts: automatic.map((m) => m.body), usage };
}
