import type { AiAgent } from './aiAgentsApi';

let nextId = 900;

/** Test data shaped like the API's agent (contract/src/aiAgents.ts): never a key, only hasApiKey. */
export function makeAiAgent(overrides: Partial<AiAgent> = {}): AiAgent {
  nextId += 1;
  return {
    id: nextId,
    companyId: 1,
    name: `Agente ${nextId}`,
    baseUrl: 'https://api.openai.com/v1',
    hasApiKey: true,
    model: 'gpt-4o-mini',
    systemPrompt: 'Você é a Ana, da Padaria Pão Quente.',
    knowledge: 'Abrimos de segunda a sábado, das 7h às 19h.',
    temperature: 0.3,
    historyWindow: 12,
    maxTurns: 10,
    handoffMessage: 'Vou passar sua conversa para um de nossos atendentes.',
    handoffKeywords: ['atendente', 'humano'],
    confidenceThreshold: 0.5,
    transcribeAudio: false,
    transcriptionModel: 'whisper-1',
    enabled: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
