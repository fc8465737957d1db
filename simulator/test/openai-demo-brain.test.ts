// The demo brain, asked through the real `openai` SDK as a person trying the demo would: keyword answers from the
// knowledge text, handoff on request, lead data, JSON or text as asked, a summary, and the same answer every time.
import OpenAI from 'openai'
import { startFakeOpenAi, type FakeOpenAi } from '../src/index.js'
import { KNOWLEDGE_PROMPT, sdkFor } from './support/openai-client.js'

let ai: FakeOpenAi
let client: OpenAI
beforeAll(async () => {
  ai = await startFakeOpenAi({ models: 'any' })
  client = sdkFor(ai, { apiKey: 'qualquer-chave' })
})
afterAll(async () => {
  await ai.close()
})

type Turn = { role: 'user' | 'assistant'; content: string }
async function agent(history: Turn[] | string, system = KNOWLEDGE_PROMPT): Promise<Record<string, unknown>> {
  const turns = typeof history === 'string' ? [{ role: 'user' as const, content: history }] : history
  const r = await client.chat.completions.create({
    model: 'llama3.2',
    response_format: { type: 'json_object' },
    messages: [{ role: 'system', content: system }, ...turns],
  })
  return JSON.parse(r.choices[0]?.message.content ?? '') as Record<string, unknown>
}

test.each([
  ['Quanto custa um corte?', 'Corte masculino: R$ 50,00 (30 minutos)', 'saber sobre corte masculino'],
  ['qual o valor da barba', 'Barba completa: R$ 35,00', 'saber sobre barba completa'],
  ['Vocês abrem no sábado? Qual o horário?', 'Horário de funcionamento: segunda a sábado, das 9h às 19h', 'saber sobre horário de funcionamento'],
  ['Fazem entrega? Qual o frete?', 'Entrega de produtos: não fazemos entregas, só retirada na loja', 'saber sobre entrega de produtos'],
  ['onde fica a barbearia?', 'Endereço: Rua das Flores, 120, Centro', 'saber sobre endereço'],
  ['aceitam pix?', 'Pagamento: Pix, cartão de crédito e débito', 'saber sobre pagamento'],
])('"%s" → the knowledge line that matches best (never the instructions above it); the intent in Portuguese words', async (question, line, intent) => {
  const answer = await agent(question)
  // The intent lands in the pt-BR summary note ("O que o cliente quer: …"): words, never a code.
  expect(answer).toMatchObject({ intent, confidence: 0.85, handoff: false })
  expect(answer.reply).toBe(`${line}\n\nPosso ajudar em mais alguma coisa?`)
})

test.each(['Quero falar com um atendente', 'tem algum HUMANO aí?', 'prefiro falar com uma pessoa'])('"%s" → handoff', async text => {
  expect(await agent(text)).toMatchObject({
    handoff: true,
    intent: 'falar com um atendente',
    handoffReason: 'O cliente pediu para falar com um atendente.',
    reply: 'Claro! Vou passar a conversa para um atendente, só um momento.',
  })
})

test("nothing in the knowledge: low confidence and an offer to call a person (the agent's threshold hands over)", async () => {
  expect(await agent('Vocês consertam geladeira?')).toMatchObject({ intent: 'não ficou claro', confidence: 0.3, handoff: false })
})

test('lead data of this turn: name after "meu nome é", e-mail, budget, urgency, and the priced service as interest', async () => {
  const answer = await agent([
    { role: 'user', content: 'oi' },
    { role: 'assistant', content: 'Olá! Como posso ajudar?' },
    { role: 'user', content: 'meu nome é joão da silva e quero agendar um corte hoje' },
    { role: 'user', content: 'meu e-mail é joao.silva@example.com, tenho até R$ 80' },
  ])
  expect(answer.lead).toEqual({
    name: 'João da Silva',
    email: 'joao.silva@example.com',
    interest: 'Corte masculino',
    budget: 'R$ 80',
    urgency: 'alta',
  })
  expect(answer).toMatchObject({ intent: 'comprar ou agendar: corte masculino', leadScoreDelta: 10 * 4 + 20 + 5 })
  expect(answer.reply).toMatch(/^Obrigado, João da Silva! Corte masculino/)
})

test('a greeting, and lead data alone, are said in words too', async () => {
  expect(await agent('Bom dia!')).toMatchObject({ intent: 'cumprimentar', reply: 'Olá! Sou o assistente virtual. Como posso ajudar?' })
  expect(await agent('meu e-mail é bia@example.com')).toMatchObject({ intent: 'deixar os seus dados' })
})

test('answers the same way every time (deterministic)', async () => {
  const question = [{ role: 'user' as const, content: 'me chamo Ana, qual o horário?' }]
  expect(await agent(question)).toEqual(await agent(question))
})

test('plain text when JSON is not asked for; JSON when only the system message asks for it', async () => {
  const plain = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Base de conhecimento:\nHorário: 8h às 17h' },
      { role: 'user', content: 'que horas abre?' },
    ],
  })
  expect(plain.choices[0]?.message.content).toBe('Horário: 8h às 17h\n\nPosso ajudar em mais alguma coisa?')
  const prompted = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Responda em JSON.\nFAQ\nHorário: 8h às 17h' },
      { role: 'user', content: 'que horas abre?' },
    ],
  })
  expect(JSON.parse(prompted.choices[0]?.message.content ?? '')).toMatchObject({ reply: expect.stringContaining('Horário: 8h às 17h') })
})

test('a system message asking for a summary gets one, with the data collected', async () => {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Resuma a conversa para o atendente que vai assumir.' },
      { role: 'user', content: 'Oi, meu nome é Carla' },
      { role: 'assistant', content: 'Olá, Carla!' },
      { role: 'user', content: 'quero um orçamento para 10 cortes, urgente' },
    ],
  })
  expect(r.choices[0]?.message.content).toBe(
    'Resumo: o cliente escreveu 2 mensagem(ns). Primeira: "Oi, meu nome é Carla". ' +
      'Última: "quero um orçamento para 10 cortes, urgente". Dados coletados: nome Carla; urgência alta.',
  )
})
