import type { AgentLead } from './agentAnswer.js';

// The internal note a person finds on a ticket the AI agent passes on, so they do not ask again what the
// customer already said: why it was passed on, what the customer wants and what was collected (from the
// model's structured answers), and the customer's last words. Written in Brazilian Portuguese, the language
// of the inbox by default; it is data on the ticket, like a note an attendant types.

/** Why the bot phase ended. */
export type HandoffCause =
  | 'model'
  | 'keyword'
  | 'lowConfidence'
  | 'maxTurns'
  | 'endpointError'
  | 'timeout'
  | 'malformed'
  | 'guard'
  | 'budget'
  | 'noAgent'
  | 'unavailable'
  | 'noTranscript'
  | 'takenOver'
  | 'transferred'
  | 'closed';

/** What the model's structured answers told about the conversation so far (kept between turns: aiBrief.ts). */
export interface AiBrief {
  intent: string | null;
  handoffReason: string | null;
  lead: AgentLead;
}

export interface HandoffFacts {
  cause: HandoffCause;
  /** The model's own reason (model), the keyword (keyword), the confidence (lowConfidence), the limit (maxTurns), who took over, transferred or closed it (takenOver, transferred, closed). */
  detail?: string | null;
  brief: AiBrief | null;
  /** The customer's last messages, oldest first. */
  customerWords: readonly string[];
}

const CAUSES: Record<HandoffCause, (detail: string) => string> = {
  model: (d) => `o assistente decidiu passar a conversa para uma pessoa${d ? ` (${d})` : ''}`,
  keyword: (d) => `o cliente pediu para falar com uma pessoa${d ? ` ("${d}")` : ''}`,
  lowConfidence: (d) => `o assistente não tinha certeza da resposta${d ? ` (confiança ${d})` : ''}`,
  maxTurns: (d) => `o assistente chegou ao limite de respostas nesta conversa${d ? ` (${d})` : ''}`,
  endpointError: () => 'o serviço de IA respondeu com erro',
  timeout: () => 'o serviço de IA não respondeu a tempo',
  malformed: () => 'o serviço de IA respondeu duas vezes num formato inválido',
  guard: () => 'a resposta do assistente foi bloqueada pela verificação de segurança e não foi enviada',
  budget: () => 'o limite mensal de uso de IA da empresa foi atingido',
  noAgent: () => 'o agente de IA desta conversa foi desativado ou removido',
  unavailable: () => 'o assistente de IA ficou indisponível',
  noTranscript: () => 'o cliente mandou áudio e não foi possível transcrevê-lo: ouça a mensagem de voz',
  takenOver: (d) => `${d || 'um supervisor'} assumiu a conversa`,
  transferred: (d) => `${d || 'um supervisor'} transferiu a conversa`,
  closed: (d) => `${d || 'um supervisor'} encerrou a conversa`,
};

const LEAD_LABELS: Record<keyof AgentLead, string> = { name: 'Nome', email: 'E-mail', interest: 'Interesse', budget: 'Orçamento', urgency: 'Urgência' };

const quoted = (text: string) => `"${text.length > 300 ? `${text.slice(0, 300)}…` : text}"`;

export function handoffSummary({ cause, detail, brief, customerWords }: HandoffFacts): string {
  const lines = [`Resumo do assistente de IA — ${CAUSES[cause](detail?.trim() ?? '')}.`];
  if (brief) {
    const wants = brief.intent ?? brief.handoffReason;
    if (wants) lines.push(`O que o cliente quer: ${wants}`);
    const collected = (Object.keys(LEAD_LABELS) as (keyof AgentLead)[]).filter((k) => brief.lead[k]).map((k) => `${LEAD_LABELS[k]}: ${brief.lead[k]}`);
    lines.push(`Dados coletados: ${collected.length ? collected.join(' · ') : 'nenhum ainda'}`);
  } else {
    lines.push('O assistente não chegou a registrar o que o cliente quer: leia a conversa.');
  }
  const last = customerWords.slice(-3);
  if (last.length) lines.push(`Últimas mensagens do cliente: ${last.map(quoted).join(' / ')}`);
  return lines.join('\n');
}
