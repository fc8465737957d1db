import type { AiAgentRecord } from '../db/aiAgents.js';

// What the model is told before the conversation: the agent's system prompt and the company's knowledge,
// written by the company's admin. The customer's words never go here (they are `user` messages), so a
// customer cannot rewrite the instructions by what they type.

/** The system message of an agent, or undefined when it has neither a prompt nor knowledge. */
export function systemMessageOf(agent: Pick<AiAgentRecord, 'systemPrompt' | 'knowledge'>): string | undefined {
  const parts = [agent.systemPrompt.trim(), agent.knowledge.trim() && `Base de conhecimento da empresa:\n${agent.knowledge.trim()}`].filter(Boolean);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}
