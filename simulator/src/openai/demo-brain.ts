// The demo brain: a deterministic stand-in for a model, so a person can try Atende's AI agent with no key. It
// answers in Portuguese with the knowledge line that best matches the customer's words, hands over when asked
// for a person, notes the lead data it spots, and speaks JSON (the agent's shape, or the requested schema's)
// when JSON is asked for. A system message that asks for a summary gets one.
import { agentReply, type AgentReply } from './agent-reply.js'
import { spotLead } from './demo-brain-lead.js'
import { bestLine, knowledgeLines, saysAny } from './demo-brain-words.js'
import { shapeToSchema } from './json-schema.js'
import type { Brain, ChatCall } from './types.js'

/** What the demo brain "hears" in any voice note. */
export const DEMO_TRANSCRIPT = 'Olá! Queria saber o preço e o horário de atendimento, por favor.'

const HANDOFF = ['atendente', 'humano', 'humana', 'pessoa', 'gerente'] as const
const GREETING = ['oi', 'ola', 'bom dia', 'boa tarde', 'boa noite', 'hello', 'hi'] as const
const PURCHASE = ['comprar', 'contratar', 'fechar', 'agendar', 'marcar', 'orcamento', 'pedido', 'encomendar'] as const

/** The customer's words of this turn: the user messages after the last assistant message. */
function turn(call: ChatCall): string {
  const lastAssistant = call.messages.map(m => m.role).lastIndexOf('assistant')
  return call.messages
    .slice(lastAssistant + 1)
    .filter(m => m.role === 'user')
    .map(m => m.text)
    .join('\n')
}

/** "Corte masculino: R$ 50" → "Corte masculino". */
const topic = (line: string): string =>
  (line.split(/[:–—-]/)[0] ?? line)
    .replace(/^[\s*#•-]+/, '')
    .trim()
    .slice(0, 60)

/** "Corte masculino" → "corte masculino": a topic inside a sentence. */
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('pt-BR') + text.slice(1)

/**
 * What the customer wants, in a few Portuguese words, as the agent's prompt asks: it lands in the pt-BR
 * summary note a person reads ("O que o cliente quer: saber sobre corte masculino"), so never a code word.
 */
function intentOf(said: { line: string | undefined; purchase: boolean; noted: number }, greets: boolean): string {
  const about = said.line ? lowerFirst(topic(said.line)) : undefined
  if (said.purchase) return about ? `comprar ou agendar: ${about}` : 'comprar ou agendar'
  if (about) return `saber sobre ${about}`
  if (said.noted) return 'deixar os seus dados'
  return greets ? 'cumprimentar' : 'não ficou claro'
}

function agentAnswer(call: ChatCall): AgentReply {
  const said = turn(call)
  const line = bestLine(knowledgeLines(call.system), said)
  const purchase = saysAny(said, PURCHASE)
  // An interest is a product or service: a matched line with a price, or one the customer wants to buy.
  const lead = spotLead(said, line && (purchase || /R\$|\breais\b/i.test(line)) ? topic(line) : undefined)
  const noted = Object.keys(lead).filter(k => k !== 'interest').length
  const leadScoreDelta = 10 * noted + (purchase ? 20 : 0) + (line ? 5 : 0)
  const thanks = lead.name ? `Obrigado, ${lead.name}! ` : ''
  if (saysAny(said, HANDOFF)) {
    return agentReply({
      reply: `${thanks}Claro! Vou passar a conversa para um atendente, só um momento.`,
      intent: 'falar com um atendente',
      confidence: 0.95,
      handoff: true,
      handoffReason: 'O cliente pediu para falar com um atendente.',
      lead,
      leadScoreDelta,
    })
  }
  const greets = saysAny(said, GREETING)
  const intent = intentOf({ line, purchase, noted }, greets)
  if (line) return agentReply({ reply: `${thanks}${line}\n\nPosso ajudar em mais alguma coisa?`, intent, confidence: 0.85, lead, leadScoreDelta })
  if (noted) return agentReply({ reply: `${thanks || 'Obrigado! '}Anotei seus dados. Como posso ajudar?`, intent, confidence: 0.8, lead, leadScoreDelta })
  if (greets) return agentReply({ reply: 'Olá! Sou o assistente virtual. Como posso ajudar?', intent, confidence: 0.8, lead, leadScoreDelta })
  return agentReply({
    reply: 'Desculpe, não encontrei essa informação. Quer que eu chame um atendente?',
    intent,
    confidence: 0.3,
    lead,
    leadScoreDelta,
  })
}

function summary(call: ChatCall): string {
  const said = call.messages.filter(m => m.role === 'user').map(m => m.text)
  const lead = spotLead(said.join('\n'))
  const data = [
    lead.name && `nome ${lead.name}`,
    lead.email && `e-mail ${lead.email}`,
    lead.budget && `orçamento ${lead.budget}`,
    lead.urgency && `urgência ${lead.urgency}`,
  ].filter(Boolean)
  return (
    `Resumo: o cliente escreveu ${said.length} mensagem(ns). Primeira: "${said[0] ?? ''}". Última: "${said.at(-1) ?? ''}". ` +
    `Dados coletados: ${data.length ? data.join('; ') : 'nenhum'}.`
  )
}

/** JSON in the requested schema's shape (a strict model answers every property), or as it is. */
const json = (value: object, call: ChatCall): { json: unknown } => ({ json: call.schema ? shapeToSchema(value, call.schema) : value })

export const demoBrain: Brain = {
  chat(call) {
    if (/resum|summar/i.test(call.system)) {
      const text = summary(call)
      return call.jsonMode ? json({ summary: text }, call) : { text }
    }
    const answer = agentAnswer(call)
    return call.jsonMode ? json(answer, call) : { text: answer.reply }
  },
  transcribe: () => ({ text: DEMO_TRANSCRIPT }),
}
