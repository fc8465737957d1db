import type { AiAgentTestView, AiChatMessage } from '@atende/contract';
import { chat } from '../../ai/client.js';
import { systemMessageOf } from '../../ai/prompt.js';
import { requireAiBudget } from '../ai/requireAiBudget.js';
import { findAiAgentInCompany } from './findAiAgentInCompany.js';

/**
 * The admin's playground: the agent's system prompt and knowledge as the system message, then the
 * conversation typed in the form, against the agent's endpoint — what a customer would get, without a
 * ticket. A disabled agent can be tried too (that is how an admin gets it right before switching it on).
 * Its tokens count against the company's monthly budget, and once that is used up it is refused (409).
 */
export async function testAiAgent(input: { companyId: number; aiAgentId: number; messages: AiChatMessage[] }): Promise<AiAgentTestView> {
  const agent = await findAiAgentInCompany(input.companyId, input.aiAgentId);
  await requireAiBudget(input.companyId);
  const system = systemMessageOf(agent);
  const { text, usage } = await chat(agent, [...(system ? [{ role: 'system' as const, content: system }] : []), ...input.messages], { purpose: 'test' });
  return { reply: text, usage };
}
