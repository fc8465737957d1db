import type { AiTokenCount, AiUsage } from './aiUsageApi';

/** Token counts with their total, as the API adds them up. */
export const tokens = (promptTokens: number, completionTokens: number, calls: number): AiTokenCount => ({
  promptTokens,
  completionTokens,
  totalTokens: promptTokens + completionTokens,
  calls,
});

/**
 * Test data shaped like GET /api/ai-usage (contract/src/aiUsage.ts): December 2026 in São Paulo up to the 3rd,
 * used on the 1st and the 3rd by one agent and by a deleted one, against a budget of 10,000 tokens.
 */
export function makeAiUsage(overrides: Partial<AiUsage> = {}): AiUsage {
  const first = tokens(3000, 500, 4);
  const third = tokens(4000, 700, 5);
  const month = tokens(7000, 1200, 9);
  return {
    range: { from: '2026-12-01T03:00:00.000Z', to: '2026-12-04T03:00:00.000Z', timezone: 'America/Sao_Paulo' },
    month: { period: '2026-12', from: '2026-12-01T03:00:00.000Z', ...month, budget: 10_000, spent: false },
    totals: month,
    perDay: [
      { day: '2026-12-01', ...first },
      { day: '2026-12-02', ...tokens(0, 0, 0) },
      { day: '2026-12-03', ...third },
    ],
    agents: [
      { aiAgentId: 1, name: 'Assistente de vendas', ...tokens(6000, 1000, 7) },
      { aiAgentId: null, name: null, ...tokens(1000, 200, 2) },
    ],
    purposes: [
      { purpose: 'reply', ...tokens(6500, 1100, 8) },
      { purpose: 'test', ...tokens(500, 100, 1) },
    ],
    ...overrides,
  };
}
